-- revision: v20200317160354000006
-- down_revision: v20200317160354000005
-- message: ory/kratos create_profile_request_forms

-- migrate:up
ALTER TABLE "_selfservice_profile_management_requests_tmp" RENAME TO "selfservice_profile_management_requests";

-- migrate:down
DROP TABLE "selfservice_profile_management_requests";
