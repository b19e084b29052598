-- revision: v20151118135514
-- down_revision: v20150818112907
-- message: rust-lang/crates.io dumped_migration_102

-- migrate:up
ALTER TABLE crates ADD COLUMN max_upload_size INTEGER;

-- migrate:down
ALTER TABLE crates DROP COLUMN max_upload_size;
