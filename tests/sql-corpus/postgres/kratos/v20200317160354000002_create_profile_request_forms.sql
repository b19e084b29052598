-- revision: v20200317160354000002
-- down_revision: v20200317160354000001
-- message: ory/kratos create_profile_request_forms

-- migrate:up
INSERT INTO selfservice_profile_management_request_methods (id, method, selfservice_profile_management_request_id, config) SELECT id, 'traits', id, form FROM selfservice_profile_management_requests;

-- migrate:down
ALTER TABLE "selfservice_profile_management_requests" ALTER COLUMN "form" TYPE jsonb, ALTER COLUMN "form" DROP NOT NULL;
