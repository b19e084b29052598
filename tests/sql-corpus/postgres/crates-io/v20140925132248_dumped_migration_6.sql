-- revision: v20140925132248
-- down_revision: v20140924120803
-- message: rust-lang/crates.io dumped_migration_6

-- migrate:up
ALTER TABLE packages ADD COLUMN updated_at TIMESTAMP NOT NULL DEFAULT now();

-- migrate:down
ALTER TABLE packages DROP COLUMN updated_at;
