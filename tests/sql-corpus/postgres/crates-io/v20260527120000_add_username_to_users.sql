-- revision: v20260527120000
-- down_revision: v202605261200000000
-- message: rust-lang/crates.io add_username_to_users

-- migrate:up
ALTER TABLE users ADD COLUMN IF NOT EXISTS username VARCHAR;
COMMENT ON COLUMN users.username IS 'Username associated with the user''s crates.io account, independent of linked OAuth usernames.';

-- migrate:down
ALTER TABLE users DROP COLUMN username;
