-- revision: v20141023180231
-- down_revision: v20141023180230
-- message: rust-lang/crates.io dumped_migration_88

-- migrate:up
ALTER TABLE crates ADD COLUMN repository varchar;

-- migrate:down
ALTER TABLE crates DROP COLUMN repository;
