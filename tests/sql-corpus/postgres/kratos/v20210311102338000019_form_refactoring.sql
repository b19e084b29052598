-- revision: v20210311102338000019
-- down_revision: v20210311102338000018
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_recovery_flows" ALTER COLUMN "ui" TYPE jsonb, ALTER COLUMN "ui" DROP NOT NULL;

-- migrate:down
-- empty down in the source history
