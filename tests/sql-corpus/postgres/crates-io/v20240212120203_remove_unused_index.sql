-- revision: v20240212120203
-- down_revision: v20240207112955
-- message: rust-lang/crates.io remove_unused_index
-- transactional: false

-- migrate:up
DROP INDEX CONCURRENTLY IF EXISTS index_follows_user_id;

-- migrate:down
CREATE INDEX index_follows_user_id ON follows (user_id);
