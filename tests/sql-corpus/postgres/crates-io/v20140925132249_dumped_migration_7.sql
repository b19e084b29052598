-- revision: v20140925132249
-- down_revision: v20140925132248
-- message: rust-lang/crates.io dumped_migration_7

-- migrate:up
ALTER TABLE packages ADD COLUMN created_at TIMESTAMP NOT NULL DEFAULT now();

-- migrate:down
ALTER TABLE packages DROP COLUMN created_at;
