-- revision: v20200402142539000002
-- down_revision: v20200402142539000001
-- message: ory/kratos rename_profile_flows

-- migrate:up
ALTER TABLE "selfservice_profile_management_requests" RENAME TO "selfservice_settings_requests";

-- migrate:down
ALTER TABLE "selfservice_settings_request_methods" RENAME COLUMN "selfservice_settings_request_id" TO "selfservice_profile_management_request_id";
