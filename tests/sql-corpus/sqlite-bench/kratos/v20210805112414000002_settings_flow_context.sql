-- revision: v20210805112414000002
-- down_revision: v20210805112414000001
-- message: ory/kratos settings_flow_context

-- migrate:up
DROP INDEX IF EXISTS "selfservice_settings_flows_nid_idx";

-- migrate:down
INSERT INTO "_selfservice_settings_flows_tmp" (id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, state, type, ui, nid) SELECT id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, state, type, ui, nid FROM "selfservice_settings_flows";
