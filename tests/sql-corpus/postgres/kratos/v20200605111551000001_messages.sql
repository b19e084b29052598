-- revision: v20200605111551000001
-- down_revision: v20200605111551000000
-- message: ory/kratos messages

-- migrate:up
ALTER TABLE "selfservice_login_requests" ADD COLUMN "messages" jsonb;

-- migrate:down
ALTER TABLE "selfservice_login_requests" DROP COLUMN "messages";
