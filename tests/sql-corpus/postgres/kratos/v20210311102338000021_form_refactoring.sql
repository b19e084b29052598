-- revision: v20210311102338000021
-- down_revision: v20210311102338000020
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_verification_flows" DROP COLUMN "messages";

-- migrate:down
-- empty down in the source history
