-- revision: v20200812160551000001
-- down_revision: v20200812160551000000
-- message: ory/kratos add_session_revoke

-- migrate:up
-- empty up in the source history

-- migrate:down

DROP TABLE "sessions";
