-- revision: v20210410175418000080
-- down_revision: v20210410175418000079
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_verification_tokens" ADD COLUMN "nid" UUID;

-- migrate:down
-- empty down in the source history
