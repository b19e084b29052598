-- revision: v20210311102338000049
-- down_revision: v20210311102338000048
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_verification_flows" ADD COLUMN "ui" TEXT;

-- migrate:down
-- empty down in the source history
