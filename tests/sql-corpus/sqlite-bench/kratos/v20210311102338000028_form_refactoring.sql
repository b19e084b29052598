-- revision: v20210311102338000028
-- down_revision: v20210311102338000027
-- message: ory/kratos form_refactoring

-- migrate:up
UPDATE selfservice_settings_flows SET ui='{}';

-- migrate:down
ALTER TABLE "selfservice_login_flows" ADD COLUMN "messages" TEXT;
