-- revision: v20210816142650000013
-- down_revision: v20210816142650000012
-- message: ory/kratos flow_internal_context

-- migrate:up
INSERT INTO "_selfservice_registration_flows_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, type, ui, nid, internal_context) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, type, ui, nid, internal_context FROM "selfservice_registration_flows";

-- migrate:down
-- empty down in the source history
