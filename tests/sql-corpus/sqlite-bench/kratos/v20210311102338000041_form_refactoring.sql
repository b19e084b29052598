-- revision: v20210311102338000041
-- down_revision: v20210311102338000040
-- message: ory/kratos form_refactoring

-- migrate:up
INSERT INTO "_selfservice_recovery_flows_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, state, recovered_identity_id, created_at, updated_at, type, ui) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, state, recovered_identity_id, created_at, updated_at, type, ui FROM "selfservice_recovery_flows";

-- migrate:down
-- empty down in the source history
