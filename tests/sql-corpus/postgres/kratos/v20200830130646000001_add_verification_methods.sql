-- revision: v20200830130646000001
-- down_revision: v20200830130646000000
-- message: ory/kratos add_verification_methods

-- migrate:up
ALTER TABLE "selfservice_verification_flows" DROP COLUMN "via";

-- migrate:down
-- empty down in the source history
