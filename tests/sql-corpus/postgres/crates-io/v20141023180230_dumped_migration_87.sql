-- revision: v20141023180230
-- down_revision: v20141022110441
-- message: rust-lang/crates.io dumped_migration_87

-- migrate:up
ALTER TABLE crates ADD COLUMN license varchar;

-- migrate:down
ALTER TABLE crates DROP COLUMN license;
