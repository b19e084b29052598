-- revision: v20210410175418000113
-- down_revision: v20210410175418000112
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_recovery_tokens" ADD COLUMN "nid" char(36);

-- migrate:down
-- empty down in the source history
