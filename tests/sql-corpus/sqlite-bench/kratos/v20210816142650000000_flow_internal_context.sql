-- revision: v20210816142650000000
-- down_revision: v20210816113956000000
-- message: ory/kratos flow_internal_context

-- migrate:up
ALTER TABLE "selfservice_login_flows" ADD COLUMN "internal_context" TEXT;

-- migrate:down
ALTER TABLE "_selfservice_registration_flows_tmp" RENAME TO "selfservice_registration_flows";
