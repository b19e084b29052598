-- revision: v20200601101000000000
-- down_revision: v20200519101057000007
-- message: ory/kratos create_messages

-- migrate:up
ALTER TABLE "selfservice_settings_requests" ADD COLUMN "messages" jsonb;

-- migrate:down
ALTER TABLE "selfservice_settings_requests" DROP COLUMN "messages";
