-- revision: v20210810153530000002
-- down_revision: v20210810153530000001
-- message: ory/kratos aal

-- migrate:up
UPDATE sessions SET authentication_methods='[]';

-- migrate:down
INSERT INTO "_selfservice_login_flows_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced, type, ui, nid) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced, type, ui, nid FROM "selfservice_login_flows";
