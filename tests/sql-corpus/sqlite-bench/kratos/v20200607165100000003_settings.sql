-- revision: v20200607165100000003
-- down_revision: v20200607165100000002
-- message: ory/kratos settings

-- migrate:up

DROP TABLE "selfservice_settings_requests";

-- migrate:down
INSERT INTO "_selfservice_settings_requests_tmp" (id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, messages) SELECT id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, messages FROM "selfservice_settings_requests";
