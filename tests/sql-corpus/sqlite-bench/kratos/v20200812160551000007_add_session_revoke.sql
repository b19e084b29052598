-- revision: v20200812160551000007
-- down_revision: v20200812160551000006
-- message: ory/kratos add_session_revoke

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "sessions_token_idx";
