-- revision: v20210311102338000011
-- down_revision: v20210311102338000010
-- message: ory/kratos form_refactoring

-- migrate:up
DROP TABLE "selfservice_registration_flow_methods";

-- migrate:down
INSERT INTO "_selfservice_recovery_flows_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, state, recovered_identity_id, created_at, updated_at, type, nid) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, state, recovered_identity_id, created_at, updated_at, type, nid FROM "selfservice_recovery_flows";
