-- revision: v20160812094501
-- down_revision: v20160811151954
-- message: rust-lang/crates.io dumped_migration_111

-- migrate:up
ALTER TABLE users ALTER COLUMN gh_id SET NOT NULL;

-- migrate:down
ALTER TABLE users ALTER COLUMN gh_id DROP NOT NULL;
