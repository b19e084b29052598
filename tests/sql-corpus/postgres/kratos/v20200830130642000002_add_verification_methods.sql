-- revision: v20200830130642000002
-- down_revision: v20200830130642000001
-- message: ory/kratos add_verification_methods

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "selfservice_verification_flows" DROP COLUMN "state";
