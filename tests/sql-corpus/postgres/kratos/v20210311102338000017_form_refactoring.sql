-- revision: v20210311102338000017
-- down_revision: v20210311102338000016
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_recovery_flows" ADD COLUMN "ui" jsonb;

-- migrate:down
-- empty down in the source history
