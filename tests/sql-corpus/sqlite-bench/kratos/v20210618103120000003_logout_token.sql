-- revision: v20210618103120000003
-- down_revision: v20210618103120000002
-- message: ory/kratos logout_token

-- migrate:up
DROP INDEX IF EXISTS "sessions_token_uq_idx";

-- migrate:down
CREATE INDEX "sessions_nid_idx" ON "_sessions_tmp" (id, nid);
