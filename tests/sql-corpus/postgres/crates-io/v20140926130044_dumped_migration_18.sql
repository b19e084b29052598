-- revision: v20140926130044
-- down_revision: v20140925161625
-- message: rust-lang/crates.io dumped_migration_18

-- migrate:up
ALTER TABLE packages ADD COLUMN max_version VARCHAR;

-- migrate:down
ALTER TABLE packages DROP COLUMN max_version;
