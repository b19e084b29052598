-- revision: v20140925132253
-- down_revision: v20140925132252
-- message: rust-lang/crates.io dumped_migration_11

-- migrate:up
UPDATE versions SET updated_at = now() WHERE updated_at IS NULL;
UPDATE versions SET created_at = now() WHERE created_at IS NULL;

-- migrate:down
-- empty down in the source history
