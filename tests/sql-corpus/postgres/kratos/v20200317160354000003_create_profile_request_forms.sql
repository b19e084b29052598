-- revision: v20200317160354000003
-- down_revision: v20200317160354000002
-- message: ory/kratos create_profile_request_forms

-- migrate:up
ALTER TABLE "selfservice_profile_management_requests" DROP COLUMN "form";

-- migrate:down
UPDATE selfservice_profile_management_requests SET form=(SELECT * FROM (SELECT m.config FROM selfservice_profile_management_requests AS r INNER JOIN selfservice_profile_management_request_methods AS m ON r.id=m.selfservice_profile_management_request_id) as t);
