-- revision: v20200812124254000005
-- down_revision: v20200812124254000004
-- message: ory/kratos add_session_token

-- migrate:up
ALTER TABLE "_sessions_tmp" RENAME TO "sessions";

-- migrate:down
DROP INDEX IF EXISTS "sessions_nid_idx";
