-- revision: v20200830130646000005
-- down_revision: v20200830130646000004
-- message: ory/kratos add_verification_methods

-- migrate:up
INSERT INTO "_selfservice_verification_flows_tmp" (id, request_url, issued_at, expires_at, csrf_token, success, created_at, updated_at, messages, type, state, active_method) SELECT id, request_url, issued_at, expires_at, csrf_token, success, created_at, updated_at, messages, type, state, active_method FROM "selfservice_verification_flows";

-- migrate:down
-- empty down in the source history
