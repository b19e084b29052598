-- revision: v20140929103755
-- down_revision: v20140929103754
-- message: rust-lang/crates.io dumped_migration_27

-- migrate:up
CREATE INDEX index_version_dependencies_depends_on_id ON version_dependencies (depends_on_id);

-- migrate:down
DROP INDEX index_version_dependencies_depends_on_id;
