-- revision: v20200605111551000006
-- down_revision: v20200605111551000005
-- message: ory/kratos messages

-- migrate:up
-- empty up in the source history

-- migrate:down
INSERT INTO "_selfservice_login_requests_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced FROM "selfservice_login_requests";
