-- revision: v20200830130642000004
-- down_revision: v20200830130642000003
-- message: ory/kratos add_verification_methods

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP TABLE "selfservice_verification_flow_methods";
