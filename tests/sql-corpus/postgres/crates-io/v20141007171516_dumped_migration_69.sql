-- revision: v20141007171516
-- down_revision: v20141007171515
-- message: rust-lang/crates.io dumped_migration_69

-- migrate:up
ALTER TABLE crates ADD COLUMN homepage VARCHAR;

-- migrate:down
ALTER TABLE crates DROP COLUMN homepage;
