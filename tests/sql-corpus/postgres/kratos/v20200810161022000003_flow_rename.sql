-- revision: v20200810161022000003
-- down_revision: v20200810161022000002
-- message: ory/kratos flow_rename

-- migrate:up
ALTER TABLE "selfservice_registration_requests" RENAME TO "selfservice_registration_flows";

-- migrate:down
ALTER TABLE "selfservice_settings_flows" RENAME TO "selfservice_settings_requests";
