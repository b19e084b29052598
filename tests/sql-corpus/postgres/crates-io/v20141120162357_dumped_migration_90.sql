-- revision: v20141120162357
-- down_revision: v20141112082527
-- message: rust-lang/crates.io dumped_migration_90

-- migrate:up
ALTER TABLE dependencies ADD COLUMN kind INTEGER;

-- migrate:down
ALTER TABLE dependencies DROP COLUMN kind;
