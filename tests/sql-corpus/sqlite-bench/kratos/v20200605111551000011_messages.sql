-- revision: v20200605111551000011
-- down_revision: v20200605111551000010
-- message: ory/kratos messages

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "selfservice_verification_flows_nid_idx" ON "_selfservice_verification_requests_tmp" (id, nid);
