-- revision: v20200830130646000006
-- down_revision: v20200830130646000005
-- message: ory/kratos add_verification_methods

-- migrate:up

DROP TABLE "selfservice_verification_flows";

-- migrate:down
-- empty down in the source history
