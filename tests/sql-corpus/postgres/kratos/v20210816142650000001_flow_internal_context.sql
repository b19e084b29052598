-- revision: v20210816142650000001
-- down_revision: v20210816142650000000
-- message: ory/kratos flow_internal_context

-- migrate:up
UPDATE selfservice_login_flows SET internal_context='{}';

-- migrate:down
ALTER TABLE "selfservice_login_flows" DROP COLUMN "internal_context";
