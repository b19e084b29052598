-- revision: v20210816142650000006
-- down_revision: v20210816142650000005
-- message: ory/kratos flow_internal_context

-- migrate:up
DROP TABLE "selfservice_login_flows";

-- migrate:down
ALTER TABLE "_selfservice_login_flows_tmp" RENAME TO "selfservice_login_flows";
