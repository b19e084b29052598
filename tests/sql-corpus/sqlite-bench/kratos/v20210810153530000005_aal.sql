-- revision: v20210810153530000005
-- down_revision: v20210810153530000004
-- message: ory/kratos aal

-- migrate:up
DROP INDEX IF EXISTS "sessions_token_idx";

-- migrate:down
DROP INDEX IF EXISTS "selfservice_login_flows_nid_idx";
