-- revision: v20200830130646000000
-- down_revision: v20200830130645000000
-- message: ory/kratos add_verification_methods

-- migrate:up
ALTER TABLE "selfservice_verification_flows" DROP COLUMN "form";

-- migrate:down
-- empty down in the source history
