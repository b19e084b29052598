-- revision: v20210816142650000000
-- down_revision: v20210816113956000000
-- message: ory/kratos flow_internal_context

-- migrate:up
ALTER TABLE "selfservice_login_flows" ADD COLUMN "internal_context" jsonb;

-- migrate:down
ALTER TABLE "selfservice_registration_flows" DROP COLUMN "internal_context";
