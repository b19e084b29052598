-- revision: v20210816142650000009
-- down_revision: v20210816142650000008
-- message: ory/kratos flow_internal_context

-- migrate:up
UPDATE selfservice_registration_flows SET internal_context='{}';

-- migrate:down
CREATE INDEX "selfservice_login_flows_nid_idx" ON "_selfservice_login_flows_tmp" (id, nid);
