-- revision: v20141013115510
-- down_revision: v20141010150327
-- message: rust-lang/crates.io dumped_migration_72

-- migrate:up
ALTER TABLE versions ADD COLUMN yanked BOOLEAN DEFAULT FALSE;

-- migrate:down
ALTER TABLE versions DROP COLUMN yanked;
