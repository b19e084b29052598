-- revision: v20141001190231
-- down_revision: v20141001190230
-- message: rust-lang/crates.io dumped_migration_45

-- migrate:up
ALTER TABLE users ADD COLUMN gh_avatar VARCHAR;

-- migrate:down
ALTER TABLE users DROP COLUMN gh_avatar;
