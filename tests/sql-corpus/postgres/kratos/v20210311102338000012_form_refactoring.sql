-- revision: v20210311102338000012
-- down_revision: v20210311102338000011
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_settings_flows" ADD COLUMN "ui" jsonb;

-- migrate:down
ALTER TABLE "selfservice_login_flows" ADD COLUMN "messages" jsonb;
