-- revision: v20200812124254000007
-- down_revision: v20200812124254000006
-- message: ory/kratos add_session_token

-- migrate:up
CREATE INDEX "sessions_token_idx" ON "sessions" (token);

-- migrate:down
DROP INDEX IF EXISTS "sessions_token_idx";
