-- revision: v20200317160354000004
-- down_revision: v20200317160354000003
-- message: ory/kratos create_profile_request_forms

-- migrate:up
INSERT INTO "_selfservice_profile_management_requests_tmp" (id, request_url, issued_at, expires_at, update_successful, identity_id, created_at, updated_at, active_method) SELECT id, request_url, issued_at, expires_at, update_successful, identity_id, created_at, updated_at, active_method FROM "selfservice_profile_management_requests";

-- migrate:down
DROP TABLE "selfservice_profile_management_request_methods";
