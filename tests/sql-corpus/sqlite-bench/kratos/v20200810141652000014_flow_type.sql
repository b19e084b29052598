-- revision: v20200810141652000014
-- down_revision: v20200810141652000013
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down
INSERT INTO "_selfservice_settings_requests_tmp" (id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, state, messages) SELECT id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, state, messages FROM "selfservice_settings_requests";
