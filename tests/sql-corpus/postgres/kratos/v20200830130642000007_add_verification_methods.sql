-- revision: v20200830130642000007
-- down_revision: v20200830130642000006
-- message: ory/kratos add_verification_methods

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "selfservice_verification_flows" ADD COLUMN "form" jsonb;
