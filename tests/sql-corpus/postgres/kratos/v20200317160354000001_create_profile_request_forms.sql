-- revision: v20200317160354000001
-- down_revision: v20200317160354000000
-- message: ory/kratos create_profile_request_forms

-- migrate:up
ALTER TABLE "selfservice_profile_management_requests" ADD COLUMN "active_method" VARCHAR (32);

-- migrate:down
DROP TABLE "selfservice_profile_management_request_methods";
