-- revision: v20141010150327
-- down_revision: v20141007171517
-- message: rust-lang/crates.io dumped_migration_71

-- migrate:up
ALTER TABLE crates ADD COLUMN readme VARCHAR;

-- migrate:down
ALTER TABLE crates DROP COLUMN readme;
