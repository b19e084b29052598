-- revision: v20210816142650000002
-- down_revision: v20210816142650000001
-- message: ory/kratos flow_internal_context

-- migrate:up
DROP INDEX IF EXISTS "selfservice_login_flows_nid_idx";

-- migrate:down
INSERT INTO "_selfservice_registration_flows_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, type, ui, nid) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, type, ui, nid FROM "selfservice_registration_flows";
