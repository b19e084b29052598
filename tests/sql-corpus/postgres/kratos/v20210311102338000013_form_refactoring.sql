-- revision: v20210311102338000013
-- down_revision: v20210311102338000012
-- message: ory/kratos form_refactoring

-- migrate:up
UPDATE selfservice_settings_flows SET ui='{}';

-- migrate:down
ALTER TABLE "selfservice_login_flows" DROP COLUMN "ui";
