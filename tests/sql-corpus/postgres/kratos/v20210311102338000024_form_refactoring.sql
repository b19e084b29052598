-- revision: v20210311102338000024
-- down_revision: v20210311102338000023
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_verification_flows" ALTER COLUMN "ui" TYPE jsonb, ALTER COLUMN "ui" DROP NOT NULL;

-- migrate:down
-- empty down in the source history
