-- revision: v20210410175418000013
-- down_revision: v20210410175418000012
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_settings_flows" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- migrate:down
ALTER TABLE "selfservice_settings_flows" DROP COLUMN "nid";
