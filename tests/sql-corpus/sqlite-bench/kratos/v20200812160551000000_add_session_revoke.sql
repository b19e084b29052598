-- revision: v20200812160551000000
-- down_revision: v20200812124254000007
-- message: ory/kratos add_session_revoke

-- migrate:up
ALTER TABLE "sessions" ADD COLUMN "active" NUMERIC DEFAULT 'false';

-- migrate:down
ALTER TABLE "_sessions_tmp" RENAME TO "sessions";
