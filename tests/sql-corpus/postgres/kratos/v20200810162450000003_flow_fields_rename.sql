-- revision: v20200810162450000003
-- down_revision: v20200810162450000002
-- message: ory/kratos flow_fields_rename

-- migrate:up
ALTER TABLE "selfservice_settings_flow_methods" RENAME COLUMN "selfservice_settings_request_id" TO "selfservice_settings_flow_id";

-- migrate:down
ALTER TABLE "selfservice_login_flow_methods" RENAME COLUMN "selfservice_login_flow_id" TO "selfservice_login_request_id";
