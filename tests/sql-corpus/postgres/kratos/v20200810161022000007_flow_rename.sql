-- revision: v20200810161022000007
-- down_revision: v20200810161022000006
-- message: ory/kratos flow_rename

-- migrate:up
ALTER TABLE "selfservice_recovery_requests" RENAME TO "selfservice_recovery_flows";

-- migrate:down
ALTER TABLE "selfservice_login_flow_methods" RENAME TO "selfservice_login_request_methods";
