-- revision: v20141112082527
-- down_revision: v20141023180231
-- message: rust-lang/crates.io dumped_migration_89

-- migrate:up
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_key;

-- migrate:down
-- empty down in the source history
