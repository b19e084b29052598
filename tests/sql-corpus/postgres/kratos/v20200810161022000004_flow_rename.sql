-- revision: v20200810161022000004
-- down_revision: v20200810161022000003
-- message: ory/kratos flow_rename

-- migrate:up
ALTER TABLE "selfservice_settings_request_methods" RENAME TO "selfservice_settings_flow_methods";

-- migrate:down
ALTER TABLE "selfservice_settings_flow_methods" RENAME TO "selfservice_settings_request_methods";
