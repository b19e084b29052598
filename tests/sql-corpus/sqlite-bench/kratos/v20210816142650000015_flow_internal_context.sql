-- revision: v20210816142650000015
-- down_revision: v20210816142650000014
-- message: ory/kratos flow_internal_context

-- migrate:up
ALTER TABLE "_selfservice_registration_flows_tmp" RENAME TO "selfservice_registration_flows";

-- migrate:down
-- empty down in the source history
