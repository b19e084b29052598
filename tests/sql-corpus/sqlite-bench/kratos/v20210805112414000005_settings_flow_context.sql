-- revision: v20210805112414000005
-- down_revision: v20210805112414000004
-- message: ory/kratos settings_flow_context

-- migrate:up
INSERT INTO "_selfservice_settings_flows_tmp" (id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, state, type, ui, nid, internal_context) SELECT id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, state, type, ui, nid, internal_context FROM "selfservice_settings_flows";

-- migrate:down
DROP INDEX IF EXISTS "selfservice_settings_flows_nid_idx";
