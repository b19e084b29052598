-- revision: v20210311102338000016
-- down_revision: v20210311102338000015
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_registration_flows" ADD COLUMN "ui" TEXT;

-- migrate:down
ALTER TABLE "selfservice_settings_flows" ADD COLUMN "messages" TEXT;
