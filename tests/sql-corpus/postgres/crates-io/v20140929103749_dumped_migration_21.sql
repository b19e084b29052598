-- revision: v20140929103749
-- down_revision: v20140926174020
-- message: rust-lang/crates.io dumped_migration_21

-- migrate:up
CREATE INDEX index_crate_updated_at ON crates (updated_at);

-- migrate:down
DROP INDEX index_crate_updated_at;
