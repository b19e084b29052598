-- revision: v20200812124254000003
-- down_revision: v20200812124254000002
-- message: ory/kratos add_session_token

-- migrate:up
CREATE UNIQUE INDEX "sessions_token_uq_idx" ON "sessions" (token);

-- migrate:down
-- empty down in the source history
