-- revision: v20200317160354000007
-- down_revision: v20200317160354000006
-- message: ory/kratos create_profile_request_forms

-- migrate:up
-- empty up in the source history

-- migrate:down
INSERT INTO "_selfservice_profile_management_requests_tmp" (id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, update_successful, form) SELECT id, request_url, issued_at, expires_at, identity_id, created_at, updated_at, active_method, update_successful, form FROM "selfservice_profile_management_requests";
