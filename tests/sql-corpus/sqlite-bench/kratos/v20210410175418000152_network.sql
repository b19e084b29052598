-- revision: v20210410175418000152
-- down_revision: v20210410175418000151
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_verification_tokens" ADD COLUMN "nid" char(36);

-- migrate:down
-- empty down in the source history
