-- revision: v20210311102338000004
-- down_revision: v20210311102338000003
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_login_flows" ALTER COLUMN "ui" TYPE jsonb, ALTER COLUMN "ui" DROP NOT NULL;

-- migrate:down
ALTER TABLE "selfservice_recovery_flows" DROP COLUMN "ui";
