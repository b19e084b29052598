-- revision: v20210311102338000009
-- down_revision: v20210311102338000008
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "selfservice_registration_flows" ALTER COLUMN "ui" TYPE jsonb, ALTER COLUMN "ui" DROP NOT NULL;

-- migrate:down
ALTER TABLE "selfservice_registration_flows" ADD COLUMN "messages" jsonb;
