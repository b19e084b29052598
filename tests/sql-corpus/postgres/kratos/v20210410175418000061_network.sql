-- revision: v20210410175418000061
-- down_revision: v20210410175418000060
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_recovery_tokens" ADD COLUMN "nid" UUID;

-- migrate:down
-- empty down in the source history
