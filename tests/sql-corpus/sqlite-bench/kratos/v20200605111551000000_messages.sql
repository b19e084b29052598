-- revision: v20200605111551000000
-- down_revision: v20200601101000000003
-- message: ory/kratos messages

-- migrate:up
ALTER TABLE "selfservice_verification_requests" ADD COLUMN "messages" TEXT;

-- migrate:down
ALTER TABLE "_selfservice_registration_requests_tmp" RENAME TO "selfservice_registration_requests";
