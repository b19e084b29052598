-- revision: v20240215133213
-- down_revision: v20240208130439
-- message: Unleash/unleash flag_trends_users

-- migrate:up
ALTER TABLE flag_trends ADD COLUMN IF NOT EXISTS users INTEGER DEFAULT 0;

-- migrate:down irreversible
