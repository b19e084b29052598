-- revision: v202606112133120000
-- down_revision: v202606101200000000
-- message: rust-lang/crates.io users_created_at

-- migrate:up
ALTER TABLE users
ADD COLUMN IF NOT EXISTS created_at TIMESTAMP WITH TIME ZONE NULL DEFAULT NULL,
ALTER COLUMN created_at
SET DEFAULT NOW();

COMMENT ON COLUMN users.created_at IS 'The time the user was created.';

-- migrate:down
ALTER TABLE users
DROP COLUMN IF EXISTS created_at;
