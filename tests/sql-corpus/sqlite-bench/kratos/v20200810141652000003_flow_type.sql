-- revision: v20200810141652000003
-- down_revision: v20200810141652000002
-- message: ory/kratos flow_type

-- migrate:up
ALTER TABLE "selfservice_recovery_requests" ADD COLUMN "type" TEXT NOT NULL DEFAULT 'browser';

-- migrate:down
CREATE INDEX "selfservice_verification_flows_nid_idx" ON "_selfservice_verification_requests_tmp" (id, nid);
