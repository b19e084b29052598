-- revision: v20210311102338000022
-- down_revision: v20210311102338000021
-- message: ory/kratos form_refactoring

-- migrate:up
DROP TABLE "selfservice_settings_flow_methods";

-- migrate:down
ALTER TABLE "selfservice_registration_flows" ADD COLUMN "messages" TEXT;
