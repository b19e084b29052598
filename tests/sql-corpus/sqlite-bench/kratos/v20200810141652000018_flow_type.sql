-- revision: v20200810141652000018
-- down_revision: v20200810141652000017
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down
INSERT INTO "_selfservice_registration_requests_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, messages) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, messages FROM "selfservice_registration_requests";
