-- revision: v20210410175418000042
-- down_revision: v20210410175418000041
-- message: ory/kratos network

-- migrate:up
DROP TABLE "continuity_containers";

-- migrate:down
INSERT INTO "_selfservice_registration_flows_tmp" (id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, type, ui) SELECT id, request_url, issued_at, expires_at, active_method, csrf_token, created_at, updated_at, type, ui FROM "selfservice_registration_flows";
