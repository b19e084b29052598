-- revision: v20140925161623
-- down_revision: v20140925153705
-- message: rust-lang/crates.io dumped_migration_15

-- migrate:up
ALTER TABLE packages ADD COLUMN downloads INTEGER NOT NULL DEFAULT 0;

-- migrate:down
ALTER TABLE packages DROP COLUMN downloads;
