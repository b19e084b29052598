-- revision: v20200812124254000006
-- down_revision: v20200812124254000005
-- message: ory/kratos add_session_token

-- migrate:up
CREATE UNIQUE INDEX "sessions_token_uq_idx" ON "sessions" (token);

-- migrate:down
DROP INDEX IF EXISTS "sessions_token_uq_idx";
