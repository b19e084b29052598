-- revision: v20200810162450000001
-- down_revision: v20200810162450000000
-- message: ory/kratos flow_fields_rename

-- migrate:up
ALTER TABLE "selfservice_registration_flow_methods" RENAME COLUMN "selfservice_registration_request_id" TO "selfservice_registration_flow_id";

-- migrate:down
ALTER TABLE "selfservice_settings_flow_methods" RENAME COLUMN "selfservice_settings_flow_id" TO "selfservice_settings_request_id";
