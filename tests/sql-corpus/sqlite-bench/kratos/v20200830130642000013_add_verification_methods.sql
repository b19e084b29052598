-- revision: v20200830130642000013
-- down_revision: v20200830130642000012
-- message: ory/kratos add_verification_methods

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "selfservice_verification_flows_nid_idx";
