-- revision: v20141001190228
-- down_revision: v20141001190227
-- message: rust-lang/crates.io dumped_migration_42

-- migrate:up
ALTER TABLE users ADD COLUMN name VARCHAR;

-- migrate:down
ALTER TABLE users DROP COLUMN name;
