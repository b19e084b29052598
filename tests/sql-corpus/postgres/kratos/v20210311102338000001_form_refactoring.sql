-- revision: v20210311102338000001
-- down_revision: v20210311102338000000
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_login_flows" DROP COLUMN "messages";

-- migrate:down
ALTER TABLE "selfservice_verification_flows" DROP COLUMN "ui";
