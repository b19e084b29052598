-- revision: v20210504121624000011
-- down_revision: v20210504121624000010
-- message: ory/kratos add_identity_states

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "identities_nid_idx";
