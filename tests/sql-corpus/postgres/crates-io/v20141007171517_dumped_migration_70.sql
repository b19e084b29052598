-- revision: v20141007171517
-- down_revision: v20141007171516
-- message: rust-lang/crates.io dumped_migration_70

-- migrate:up
ALTER TABLE crates ADD COLUMN documentation VARCHAR;

-- migrate:down
ALTER TABLE crates DROP COLUMN documentation;
