-- revision: v20210504121624000008
-- down_revision: v20210504121624000007
-- message: ory/kratos add_identity_states

-- migrate:up
-- empty up in the source history

-- migrate:down
INSERT INTO "_identities_tmp" (id, schema_id, traits, created_at, updated_at, nid, state_changed_at) SELECT id, schema_id, traits, created_at, updated_at, nid, state_changed_at FROM "identities";
