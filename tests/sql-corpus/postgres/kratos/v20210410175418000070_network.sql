-- revision: v20210410175418000070
-- down_revision: v20210410175418000069
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "selfservice_verification_flows_nid_idx" ON "selfservice_verification_flows" (id, nid);

-- migrate:down
-- empty down in the source history
