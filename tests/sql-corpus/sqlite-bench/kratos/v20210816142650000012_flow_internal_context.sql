-- revision: v20210816142650000012
-- down_revision: v20210816142650000011
-- message: ory/kratos flow_internal_context

-- migrate:up
CREATE INDEX "selfservice_registration_flows_nid_idx" ON "_selfservice_registration_flows_tmp" (id, nid);

-- migrate:down
-- empty down in the source history
