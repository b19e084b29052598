-- revision: v20140925132252
-- down_revision: v20140925132251
-- message: rust-lang/crates.io dumped_migration_10

-- migrate:up
ALTER TABLE versions ADD COLUMN created_at TIMESTAMP NOT NULL DEFAULT now();

-- migrate:down
ALTER TABLE versions DROP COLUMN created_at;
