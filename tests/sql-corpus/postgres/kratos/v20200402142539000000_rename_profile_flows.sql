-- revision: v20200402142539000000
-- down_revision: v20200401183443000000
-- message: ory/kratos rename_profile_flows

-- migrate:up
ALTER TABLE "selfservice_profile_management_request_methods" RENAME COLUMN "selfservice_profile_management_request_id" TO "selfservice_settings_request_id";

-- migrate:down
ALTER TABLE "selfservice_settings_requests" RENAME TO "selfservice_profile_management_requests";
