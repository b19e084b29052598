-- revision: v20140925161624
-- down_revision: v20140925161623
-- message: rust-lang/crates.io dumped_migration_16

-- migrate:up
ALTER TABLE versions ADD COLUMN downloads INTEGER NOT NULL DEFAULT 0;

-- migrate:down
ALTER TABLE versions DROP COLUMN downloads;
