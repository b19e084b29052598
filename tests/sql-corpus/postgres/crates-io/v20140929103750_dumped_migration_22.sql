-- revision: v20140929103750
-- down_revision: v20140929103749
-- message: rust-lang/crates.io dumped_migration_22

-- migrate:up
CREATE INDEX index_crate_created_at ON crates (created_at);

-- migrate:down
DROP INDEX index_crate_created_at;
