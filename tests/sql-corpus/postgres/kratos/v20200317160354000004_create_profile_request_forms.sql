-- revision: v20200317160354000004
-- down_revision: v20200317160354000003
-- message: ory/kratos create_profile_request_forms

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "selfservice_profile_management_requests" ADD COLUMN "form" jsonb;
