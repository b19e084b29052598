-- revision: v20200812124254000004
-- down_revision: v20200812124254000003
-- message: ory/kratos add_session_token

-- migrate:up
CREATE INDEX "sessions_token_idx" ON "sessions" (token);

-- migrate:down
-- empty down in the source history
