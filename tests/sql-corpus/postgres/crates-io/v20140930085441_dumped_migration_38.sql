-- revision: v20140930085441
-- down_revision: v20140930082105
-- message: rust-lang/crates.io dumped_migration_38

-- migrate:up
ALTER TABLE versions ADD COLUMN features VARCHAR;

-- migrate:down
ALTER TABLE versions DROP COLUMN features;
