-- revision: v20210618103120000007
-- down_revision: v20210618103120000006
-- message: ory/kratos logout_token

-- migrate:up
CREATE UNIQUE INDEX "sessions_token_uq_idx" ON "_sessions_tmp" (token);

-- migrate:down
DROP INDEX IF EXISTS "sessions_nid_idx";
