-- revision: v20200830130642000005
-- down_revision: v20200830130642000004
-- message: ory/kratos add_verification_methods

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "selfservice_verification_flows" ALTER COLUMN "form" TYPE jsonb, ALTER COLUMN "form" DROP NOT NULL;
