-- revision: v20141022110441
-- down_revision: v20141021103510
-- message: rust-lang/crates.io dumped_migration_86

-- migrate:up
ALTER TABLE dependencies ADD COLUMN target varchar;

-- migrate:down
ALTER TABLE dependencies DROP COLUMN target;
