-- revision: v20210311102338000003
-- down_revision: v20210311102338000002
-- message: ory/kratos form_refactoring

-- migrate:up

DROP TABLE "selfservice_login_flows";

-- migrate:down
INSERT INTO "_selfservice_verification_flows_tmp" (id, request_url, issued_at, expires_at, csrf_token, created_at, updated_at, type, state, active_method, nid) SELECT id, request_url, issued_at, expires_at, csrf_token, created_at, updated_at, type, state, active_method, nid FROM "selfservice_verification_flows";
