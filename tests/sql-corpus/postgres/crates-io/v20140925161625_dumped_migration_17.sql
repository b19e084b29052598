-- revision: v20140925161625
-- down_revision: v20140925161624
-- message: rust-lang/crates.io dumped_migration_17

-- migrate:up
ALTER TABLE versions ALTER COLUMN downloads DROP DEFAULT;
ALTER TABLE packages ALTER COLUMN downloads DROP DEFAULT;

-- migrate:down
-- empty down in the source history
