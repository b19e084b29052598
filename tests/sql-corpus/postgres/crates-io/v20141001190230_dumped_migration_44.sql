-- revision: v20141001190230
-- down_revision: v20141001190229
-- message: rust-lang/crates.io dumped_migration_44

-- migrate:up
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;

-- migrate:down
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
