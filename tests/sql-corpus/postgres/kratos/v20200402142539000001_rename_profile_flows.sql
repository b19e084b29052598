-- revision: v20200402142539000001
-- down_revision: v20200402142539000000
-- message: ory/kratos rename_profile_flows

-- migrate:up
ALTER TABLE "selfservice_profile_management_request_methods" RENAME TO "selfservice_settings_request_methods";

-- migrate:down
ALTER TABLE "selfservice_settings_request_methods" RENAME TO "selfservice_profile_management_request_methods";
