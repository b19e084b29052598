-- revision: v20200812160551000003
-- down_revision: v20200812160551000002
-- message: ory/kratos add_session_revoke

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "sessions_token_idx" ON "_sessions_tmp" (token);
