-- revision: v20210410175418000083
-- down_revision: v20210410175418000082
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_verification_tokens" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- migrate:down
-- empty down in the source history
