-- revision: v20210311102338000007
-- down_revision: v20210311102338000006
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_registration_flows" ADD COLUMN "ui" jsonb;

-- migrate:down
ALTER TABLE "selfservice_settings_flows" DROP COLUMN "ui";
