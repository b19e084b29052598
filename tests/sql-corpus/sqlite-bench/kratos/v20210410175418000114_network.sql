-- revision: v20210410175418000114
-- down_revision: v20210410175418000113
-- message: ory/kratos network

-- migrate:up
ALTER TABLE identity_recovery_tokens DROP COLUMN nid;

-- migrate:down
-- empty down in the source history
