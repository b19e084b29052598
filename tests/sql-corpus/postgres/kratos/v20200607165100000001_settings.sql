-- revision: v20200607165100000001
-- down_revision: v20200607165100000000
-- message: ory/kratos settings

-- migrate:up
ALTER TABLE "selfservice_settings_requests" DROP COLUMN "update_successful";

-- migrate:down
ALTER TABLE "selfservice_settings_requests" DROP COLUMN "state";
