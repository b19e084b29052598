-- revision: v20200812160551000004
-- down_revision: v20200812160551000003
-- message: ory/kratos add_session_revoke

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE UNIQUE INDEX "sessions_token_uq_idx" ON "_sessions_tmp" (token);
