-- revision: v20210311102338000031
-- down_revision: v20210311102338000030
-- message: ory/kratos form_refactoring

-- migrate:up
DROP TABLE "selfservice_settings_flows";

-- migrate:down
INSERT INTO "_selfservice_login_flows_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced, type) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced, type FROM "selfservice_login_flows";
