-- revision: v20140925132251
-- down_revision: v20140925132250
-- message: rust-lang/crates.io dumped_migration_9

-- migrate:up
ALTER TABLE versions ADD COLUMN updated_at TIMESTAMP NOT NULL DEFAULT now();

-- migrate:down
ALTER TABLE versions DROP COLUMN updated_at;
