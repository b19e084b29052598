-- revision: v20210311102338000010
-- down_revision: v20210311102338000009
-- message: ory/kratos form_refactoring

-- migrate:up
DROP TABLE "selfservice_settings_flow_methods";

-- migrate:down
ALTER TABLE "selfservice_registration_flows" DROP COLUMN "ui";
