-- revision: v202607301400000000
-- down_revision: v202607241540000000
-- message: rust-lang/crates.io add_users_username_index
-- transactional: false

-- migrate:up
CREATE INDEX CONCURRENTLY IF NOT EXISTS index_users_canon_username
ON users (canon_username(username))

-- migrate:down
DROP INDEX CONCURRENTLY IF EXISTS index_users_canon_username
