-- revision: v20210410175418000131
-- down_revision: v20210410175418000130
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_selfservice_verification_flows_tmp" (id, request_url, issued_at, expires_at, csrf_token, created_at, updated_at, type, state, active_method, ui, nid) SELECT id, request_url, issued_at, expires_at, csrf_token, created_at, updated_at, type, state, active_method, ui, nid FROM "selfservice_verification_flows";

-- migrate:down
-- empty down in the source history
