-- revision: v20200810161022000000
-- down_revision: v20200810141652000004
-- message: ory/kratos flow_rename

-- migrate:up
ALTER TABLE "selfservice_login_request_methods" RENAME TO "selfservice_login_flow_methods";

-- migrate:down
ALTER TABLE "selfservice_verification_flows" RENAME TO "selfservice_verification_requests";
