-- revision: v202606180841490000
-- down_revision: v202606171558470000
-- message: rust-lang/crates.io drop_users_gh_avatar

-- migrate:up
-- safety-assured:start
-- The column is no longer read or written. Avatars are stored in `oauth_github.avatar`.
ALTER TABLE users DROP COLUMN gh_avatar;
-- safety-assured:end

-- migrate:down
ALTER TABLE users ADD COLUMN gh_avatar VARCHAR;
