-- revision: v20210410175418000051
-- down_revision: v20210410175418000050
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "selfservice_recovery_flows_nid_idx" ON "selfservice_recovery_flows" (id, nid);

-- migrate:down
-- empty down in the source history
