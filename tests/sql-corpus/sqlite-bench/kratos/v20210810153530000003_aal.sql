-- revision: v20210810153530000003
-- down_revision: v20210810153530000002
-- message: ory/kratos aal

-- migrate:up
DROP INDEX IF EXISTS "sessions_logout_token_idx";

-- migrate:down
CREATE INDEX "selfservice_login_flows_nid_idx" ON "_selfservice_login_flows_tmp" (id, nid);
