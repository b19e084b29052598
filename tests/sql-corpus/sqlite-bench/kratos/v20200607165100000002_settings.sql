-- revision: v20200607165100000002
-- down_revision: v20200607165100000001
-- message: ory/kratos settings

-- migrate:up
INSERT INTO "_selfservice_settings_requests_tmp" (id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, messages, state) SELECT id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, messages, state FROM "selfservice_settings_requests";

-- migrate:down

DROP TABLE "selfservice_settings_requests";
