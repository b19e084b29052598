-- revision: v20200810141652000005
-- down_revision: v20200810141652000004
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "selfservice_verification_flows_nid_idx";
