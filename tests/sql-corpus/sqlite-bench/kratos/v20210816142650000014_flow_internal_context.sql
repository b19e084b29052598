-- revision: v20210816142650000014
-- down_revision: v20210816142650000013
-- message: ory/kratos flow_internal_context

-- migrate:up
DROP TABLE "selfservice_registration_flows";

-- migrate:down
-- empty down in the source history
