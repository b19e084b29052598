-- revision: v20200830130646000010
-- down_revision: v20200830130646000009
-- message: ory/kratos add_verification_methods

-- migrate:up

DROP TABLE "selfservice_verification_flows";

-- migrate:down
-- empty down in the source history
