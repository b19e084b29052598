-- revision: v20200810161022000005
-- down_revision: v20200810161022000004
-- message: ory/kratos flow_rename

-- migrate:up
ALTER TABLE "selfservice_settings_requests" RENAME TO "selfservice_settings_flows";

-- migrate:down
ALTER TABLE "selfservice_registration_flows" RENAME TO "selfservice_registration_requests";
