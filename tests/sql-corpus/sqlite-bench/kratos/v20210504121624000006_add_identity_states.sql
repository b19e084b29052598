-- revision: v20210504121624000006
-- down_revision: v20210504121624000005
-- message: ory/kratos add_identity_states

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "_identities_tmp" RENAME TO "identities";
