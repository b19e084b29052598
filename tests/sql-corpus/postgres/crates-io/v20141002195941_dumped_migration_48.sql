-- revision: v20141002195941
-- down_revision: v20141002195940
-- message: rust-lang/crates.io dumped_migration_48

-- migrate:up
CREATE INDEX index_follows_user_id ON follows (user_id);

-- migrate:down
DROP INDEX index_follows_user_id;
