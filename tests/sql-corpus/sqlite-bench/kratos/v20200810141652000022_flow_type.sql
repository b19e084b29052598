-- revision: v20200810141652000022
-- down_revision: v20200810141652000021
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down
INSERT INTO "_selfservice_login_requests_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced, messages) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced, messages FROM "selfservice_login_requests";
