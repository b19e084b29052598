-- revision: v20210311102338000025
-- down_revision: v20210311102338000024
-- message: ory/kratos form_refactoring

-- migrate:up

DROP TABLE "selfservice_settings_flows";

-- migrate:down
INSERT INTO "_selfservice_registration_flows_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, type) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, type FROM "selfservice_registration_flows";
