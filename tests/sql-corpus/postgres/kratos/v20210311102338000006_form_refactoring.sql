-- revision: v20210311102338000006
-- down_revision: v20210311102338000005
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_registration_flows" DROP COLUMN "messages";

-- migrate:down
ALTER TABLE "selfservice_settings_flows" ADD COLUMN "messages" jsonb;
