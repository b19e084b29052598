-- revision: v20200810162450000002
-- down_revision: v20200810162450000001
-- message: ory/kratos flow_fields_rename

-- migrate:up
ALTER TABLE "selfservice_recovery_flow_methods" RENAME COLUMN "selfservice_recovery_request_id" TO "selfservice_recovery_flow_id";

-- migrate:down
ALTER TABLE "selfservice_registration_flow_methods" RENAME COLUMN "selfservice_registration_flow_id" TO "selfservice_registration_request_id";
