-- revision: v20210618103120000011
-- down_revision: v20210618103120000010
-- message: ory/kratos logout_token

-- migrate:up
ALTER TABLE "_sessions_tmp" RENAME TO "sessions";

-- migrate:down
DROP INDEX IF EXISTS "sessions_logout_token_idx";
