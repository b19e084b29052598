-- revision: v20141020175651
-- down_revision: v20141020175650
-- message: rust-lang/crates.io dumped_migration_77

-- migrate:up
ALTER TABLE crates ADD COLUMN keywords varchar;

-- migrate:down
ALTER TABLE crates DROP COLUMN keywords;
