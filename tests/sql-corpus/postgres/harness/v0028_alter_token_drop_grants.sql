-- revision: v0028
-- down_revision: v0027
-- message: harness/harness alter_token_drop_grants

-- migrate:up
ALTER TABLE tokens DROP COLUMN token_grants;

-- migrate:down
ALTER TABLE tokens ADD COLUMN token_grants BIGINT DEFAULT 0;
