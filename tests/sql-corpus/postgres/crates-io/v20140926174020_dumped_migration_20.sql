-- revision: v20140926174020
-- down_revision: v20140926130046
-- message: rust-lang/crates.io dumped_migration_20

-- migrate:up
ALTER TABLE packages RENAME TO crates;
ALTER TABLE versions RENAME COLUMN package_id TO crate_id;

-- migrate:down
ALTER TABLE crates RENAME TO packages;
ALTER TABLE versions RENAME COLUMN crate_id TO package_id;
