-- revision: v20200810141652000009
-- down_revision: v20200810141652000008
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "selfservice_recovery_flows_nid_idx" ON "_selfservice_recovery_requests_tmp" (id, nid);
