-- revision: v20210311102338000022
-- down_revision: v20210311102338000021
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_verification_flows" ADD COLUMN "ui" jsonb;

-- migrate:down
-- empty down in the source history
