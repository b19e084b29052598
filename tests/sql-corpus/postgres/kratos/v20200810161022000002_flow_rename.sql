-- revision: v20200810161022000002
-- down_revision: v20200810161022000001
-- message: ory/kratos flow_rename

-- migrate:up
ALTER TABLE "selfservice_registration_request_methods" RENAME TO "selfservice_registration_flow_methods";

-- migrate:down
ALTER TABLE "selfservice_recovery_flow_methods" RENAME TO "selfservice_recovery_request_methods";
