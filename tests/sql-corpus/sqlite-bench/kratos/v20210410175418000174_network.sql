-- revision: v20210410175418000174
-- down_revision: v20210410175418000173
-- message: ory/kratos network

-- migrate:up
DROP INDEX IF EXISTS "sessions_token_uq_idx";

-- migrate:down
-- empty down in the source history
