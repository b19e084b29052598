-- revision: v20140925132254
-- down_revision: v20140925132253
-- message: rust-lang/crates.io dumped_migration_12

-- migrate:up
ALTER TABLE versions ALTER COLUMN updated_at DROP DEFAULT;
ALTER TABLE versions ALTER COLUMN created_at DROP DEFAULT;
ALTER TABLE packages ALTER COLUMN updated_at DROP DEFAULT;
ALTER TABLE packages ALTER COLUMN created_at DROP DEFAULT;

-- migrate:down
-- empty down in the source history
