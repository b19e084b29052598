-- revision: v20140930203146
-- down_revision: v20140930203145
-- message: rust-lang/crates.io dumped_migration_40

-- migrate:up
CREATE INDEX index_dependencies_crate_id ON dependencies (crate_id);

-- migrate:down
DROP INDEX index_dependencies_crate_id;
