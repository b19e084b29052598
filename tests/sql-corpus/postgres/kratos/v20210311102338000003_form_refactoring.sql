-- revision: v20210311102338000003
-- down_revision: v20210311102338000002
-- message: ory/kratos form_refactoring

-- migrate:up
UPDATE selfservice_login_flows SET ui='{}';

-- migrate:down
ALTER TABLE "selfservice_recovery_flows" ADD COLUMN "messages" jsonb;
