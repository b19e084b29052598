-- revision: v20140929103754
-- down_revision: v20140929103753
-- message: rust-lang/crates.io dumped_migration_26

-- migrate:up
CREATE INDEX index_version_dependencies_version_id ON version_dependencies (version_id);

-- migrate:down
DROP INDEX index_version_dependencies_version_id;
