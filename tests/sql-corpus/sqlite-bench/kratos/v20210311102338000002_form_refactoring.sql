-- revision: v20210311102338000002
-- down_revision: v20210311102338000001
-- message: ory/kratos form_refactoring

-- migrate:up
INSERT INTO "_selfservice_login_flows_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced, type) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced, type FROM "selfservice_login_flows";

-- migrate:down

DROP TABLE "selfservice_verification_flows";
