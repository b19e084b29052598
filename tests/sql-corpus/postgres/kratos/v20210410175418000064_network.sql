-- revision: v20210410175418000064
-- down_revision: v20210410175418000063
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "identity_recovery_tokens" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- migrate:down
-- empty down in the source history
