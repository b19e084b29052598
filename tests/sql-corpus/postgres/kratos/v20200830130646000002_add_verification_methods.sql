-- revision: v20200830130646000002
-- down_revision: v20200830130646000001
-- message: ory/kratos add_verification_methods

-- migrate:up
ALTER TABLE "selfservice_verification_flows" DROP COLUMN "success";

-- migrate:down
-- empty down in the source history
