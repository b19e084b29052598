-- revision: v20210311102338000000
-- down_revision: v20210307130559000001
-- message: ory/kratos form_refactoring

-- migrate:up
DROP TABLE "selfservice_login_flow_methods";

-- migrate:down
ALTER TABLE "selfservice_verification_flows" ADD COLUMN "messages" jsonb;
