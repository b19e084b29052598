-- revision: v20140926130046
-- down_revision: v20140926130044
-- message: rust-lang/crates.io dumped_migration_19

-- migrate:up
ALTER TABLE versions ALTER COLUMN downloads SET NOT NULL;

-- migrate:down
ALTER TABLE versions ALTER COLUMN downloads DROP NOT NULL;
