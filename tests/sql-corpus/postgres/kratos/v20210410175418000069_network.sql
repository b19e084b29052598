-- revision: v20210410175418000069
-- down_revision: v20210410175418000068
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_verification_flows" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- migrate:down
-- empty down in the source history
