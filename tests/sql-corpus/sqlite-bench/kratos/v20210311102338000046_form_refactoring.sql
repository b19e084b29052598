-- revision: v20210311102338000046
-- down_revision: v20210311102338000045
-- message: ory/kratos form_refactoring

-- migrate:up
INSERT INTO "_selfservice_verification_flows_tmp" (id, request_url, issued_at, expires_at, csrf_token, created_at, updated_at, type, state, active_method) SELECT id, request_url, issued_at, expires_at, csrf_token, created_at, updated_at, type, state, active_method FROM "selfservice_verification_flows";

-- migrate:down
-- empty down in the source history
