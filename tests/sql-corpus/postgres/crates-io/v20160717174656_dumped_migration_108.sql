-- revision: v20160717174656
-- down_revision: v20160717174005
-- message: rust-lang/crates.io dumped_migration_108

-- migrate:up
ALTER TABLE crates DROP COLUMN user_id;

-- migrate:down
ALTER TABLE crates ADD COLUMN user_id INTEGER NOT NULL;
