-- revision: v20210410175418000015
-- down_revision: v20210410175418000014
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_errors" ADD COLUMN "nid" UUID;

-- migrate:down
ALTER TABLE "selfservice_login_flows" DROP COLUMN "nid";
