-- revision: v20200317160354000005
-- down_revision: v20200317160354000004
-- message: ory/kratos create_profile_request_forms

-- migrate:up

DROP TABLE "selfservice_profile_management_requests";

-- migrate:down
ALTER TABLE "_selfservice_profile_management_requests_tmp" RENAME TO "selfservice_profile_management_requests";
