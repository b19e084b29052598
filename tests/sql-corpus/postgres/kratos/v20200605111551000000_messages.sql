-- revision: v20200605111551000000
-- down_revision: v20200601101000000000
-- message: ory/kratos messages

-- migrate:up
ALTER TABLE "selfservice_verification_requests" ADD COLUMN "messages" jsonb;

-- migrate:down
ALTER TABLE "selfservice_registration_requests" DROP COLUMN "messages";
