-- revision: v20210816142650000005
-- down_revision: v20210816142650000004
-- message: ory/kratos flow_internal_context

-- migrate:up
INSERT INTO "_selfservice_login_flows_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced, type, ui, nid, requested_aal, internal_context) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced, type, ui, nid, requested_aal, internal_context FROM "selfservice_login_flows";

-- migrate:down
DROP INDEX IF EXISTS "selfservice_registration_flows_nid_idx";
