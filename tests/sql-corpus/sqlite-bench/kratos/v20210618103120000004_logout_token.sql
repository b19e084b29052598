-- revision: v20210618103120000004
-- down_revision: v20210618103120000003
-- message: ory/kratos logout_token

-- migrate:up
DROP INDEX IF EXISTS "sessions_token_idx";

-- migrate:down
CREATE UNIQUE INDEX "sessions_token_uq_idx" ON "_sessions_tmp" (token);
