-- revision: v20210311102338000016
-- down_revision: v20210311102338000015
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_recovery_flows" DROP COLUMN "messages";

-- migrate:down
-- empty down in the source history
