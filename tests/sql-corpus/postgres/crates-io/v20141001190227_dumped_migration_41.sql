-- revision: v20141001190227
-- down_revision: v20140930203146
-- message: rust-lang/crates.io dumped_migration_41

-- migrate:up
ALTER TABLE users ADD COLUMN gh_login VARCHAR NOT NULL;

-- migrate:down
ALTER TABLE users DROP COLUMN gh_login;
