-- revision: v20210618103120000010
-- down_revision: v20210618103120000009
-- message: ory/kratos logout_token

-- migrate:up
DROP TABLE "sessions";

-- migrate:down
DROP INDEX IF EXISTS "sessions_logout_token_uq_idx";
