-- revision: v20140925132250
-- down_revision: v20140925132249
-- message: rust-lang/crates.io dumped_migration_8

-- migrate:up
UPDATE packages SET updated_at = now() WHERE updated_at IS NULL;
UPDATE packages SET created_at = now() WHERE created_at IS NULL;

-- migrate:down
-- empty down in the source history
