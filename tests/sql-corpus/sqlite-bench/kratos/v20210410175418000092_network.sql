-- revision: v20210410175418000092
-- down_revision: v20210410175418000091
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_selfservice_recovery_flows_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, state, recovered_identity_id, created_at, updated_at, type, ui, nid) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, state, recovered_identity_id, created_at, updated_at, type, ui, nid FROM "selfservice_recovery_flows";

-- migrate:down
-- empty down in the source history
