-- revision: v20210410175418000014
-- down_revision: v20210410175418000013
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_selfservice_registration_flows_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, type, ui, nid) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, type, ui, nid FROM "selfservice_registration_flows";

-- migrate:down
ALTER TABLE "_identity_credentials_tmp" RENAME TO "identity_credentials";
