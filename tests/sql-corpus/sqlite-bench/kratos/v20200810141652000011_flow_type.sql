-- revision: v20200810141652000011
-- down_revision: v20200810141652000010
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "selfservice_recovery_flows_nid_idx";
