-- revision: v20210410175418000050
-- down_revision: v20210410175418000049
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_recovery_flows" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- migrate:down
-- empty down in the source history
