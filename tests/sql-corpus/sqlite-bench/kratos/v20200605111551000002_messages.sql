-- revision: v20200605111551000002
-- down_revision: v20200605111551000001
-- message: ory/kratos messages

-- migrate:up
ALTER TABLE "selfservice_registration_requests" ADD COLUMN "messages" TEXT;

-- migrate:down
INSERT INTO "_selfservice_registration_requests_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at FROM "selfservice_registration_requests";
