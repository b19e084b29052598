-- revision: v20210618103120000008
-- down_revision: v20210618103120000007
-- message: ory/kratos logout_token

-- migrate:up
CREATE INDEX "sessions_token_idx" ON "_sessions_tmp" (token);

-- migrate:down
DROP INDEX IF EXISTS "sessions_token_uq_idx";
