-- revision: v20200810141652000008
-- down_revision: v20200810141652000007
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down
INSERT INTO "_selfservice_recovery_requests_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, state, recovered_identity_id, created_at, updated_at, nid, messages) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, state, recovered_identity_id, created_at, updated_at, nid, messages FROM "selfservice_recovery_requests";
