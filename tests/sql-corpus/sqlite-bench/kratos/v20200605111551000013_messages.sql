-- revision: v20200605111551000013
-- down_revision: v20200605111551000012
-- message: ory/kratos messages

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "selfservice_verification_flows_nid_idx";
