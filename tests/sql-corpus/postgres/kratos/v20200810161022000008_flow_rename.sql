-- revision: v20200810161022000008
-- down_revision: v20200810161022000007
-- message: ory/kratos flow_rename

-- migrate:up
ALTER TABLE "selfservice_verification_requests" RENAME TO "selfservice_verification_flows";

-- migrate:down
ALTER TABLE "selfservice_login_flows" RENAME TO "selfservice_login_requests";
