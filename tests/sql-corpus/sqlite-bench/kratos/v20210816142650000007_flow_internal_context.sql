-- revision: v20210816142650000007
-- down_revision: v20210816142650000006
-- message: ory/kratos flow_internal_context

-- migrate:up
ALTER TABLE "_selfservice_login_flows_tmp" RENAME TO "selfservice_login_flows";

-- migrate:down

DROP TABLE "selfservice_login_flows";
