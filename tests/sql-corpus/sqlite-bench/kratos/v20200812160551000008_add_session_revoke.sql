-- revision: v20200812160551000008
-- down_revision: v20200812160551000007
-- message: ory/kratos add_session_revoke

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "sessions_token_uq_idx";
