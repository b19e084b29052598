-- revision: v20200605111551000002
-- down_revision: v20200605111551000001
-- message: ory/kratos messages

-- migrate:up
ALTER TABLE "selfservice_registration_requests" ADD COLUMN "messages" jsonb;

-- migrate:down
ALTER TABLE "selfservice_verification_requests" DROP COLUMN "messages";
