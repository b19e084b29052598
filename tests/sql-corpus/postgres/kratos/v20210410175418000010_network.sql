-- revision: v20210410175418000010
-- down_revision: v20210410175418000009
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_settings_flows" ADD COLUMN "nid" UUID;

-- migrate:down
ALTER TABLE "selfservice_errors" DROP COLUMN "nid";
