-- revision: v20200601101000000002
-- down_revision: v20200601101000000001
-- message: ory/kratos create_messages

-- migrate:up
-- empty up in the source history

-- migrate:down
INSERT INTO "_selfservice_settings_requests_tmp" (id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, update_successful) SELECT id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, update_successful FROM "selfservice_settings_requests";
