-- revision: v20200810161022000001
-- down_revision: v20200810161022000000
-- message: ory/kratos flow_rename

-- migrate:up
ALTER TABLE "selfservice_login_requests" RENAME TO "selfservice_login_flows";

-- migrate:down
ALTER TABLE "selfservice_recovery_flows" RENAME TO "selfservice_recovery_requests";
