-- revision: v20200810162450000000
-- down_revision: v20200810161022000008
-- message: ory/kratos flow_fields_rename

-- migrate:up
ALTER TABLE "selfservice_login_flow_methods" RENAME COLUMN "selfservice_login_request_id" TO "selfservice_login_flow_id";

-- migrate:down
ALTER TABLE "selfservice_recovery_flow_methods" RENAME COLUMN "selfservice_recovery_flow_id" TO "selfservice_recovery_request_id";
