-- revision: v20200830130646000011
-- down_revision: v20200830130646000010
-- message: ory/kratos add_verification_methods

-- migrate:up
ALTER TABLE "_selfservice_verification_flows_tmp" RENAME TO "selfservice_verification_flows";

-- migrate:down
-- empty down in the source history
