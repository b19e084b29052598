-- revision: v20210311102338000038
-- down_revision: v20210311102338000037
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_recovery_flows" ADD COLUMN "ui" TEXT;

-- migrate:down
-- empty down in the source history
