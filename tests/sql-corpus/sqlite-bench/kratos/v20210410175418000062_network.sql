-- revision: v20210410175418000062
-- down_revision: v20210410175418000061
-- message: ory/kratos network

-- migrate:up
DROP TABLE "identities";

-- migrate:down
DROP INDEX IF EXISTS "selfservice_login_flows_nid_idx";
