-- revision: v20210410175418000023
-- down_revision: v20210410175418000022
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_selfservice_settings_flows_tmp" (id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, state, type, ui, nid) SELECT id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, state, type, ui, nid FROM "selfservice_settings_flows";

-- migrate:down

DROP TABLE "selfservice_errors";
