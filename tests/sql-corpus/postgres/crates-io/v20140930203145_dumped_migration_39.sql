-- revision: v20140930203145
-- down_revision: v20140930085441
-- message: rust-lang/crates.io dumped_migration_39

-- migrate:up
CREATE INDEX index_dependencies_version_id ON dependencies (version_id);

-- migrate:down
DROP INDEX index_dependencies_version_id;
