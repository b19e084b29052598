-- revision: v20210816142650000008
-- down_revision: v20210816142650000007
-- message: ory/kratos flow_internal_context

-- migrate:up
ALTER TABLE "selfservice_registration_flows" ADD COLUMN "internal_context" TEXT;

-- migrate:down
INSERT INTO "_selfservice_login_flows_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced, type, ui, nid, requested_aal) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, forced, type, ui, nid, requested_aal FROM "selfservice_login_flows";
