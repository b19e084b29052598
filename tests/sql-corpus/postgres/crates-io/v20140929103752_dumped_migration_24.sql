-- revision: v20140929103752
-- down_revision: v20140929103751
-- message: rust-lang/crates.io dumped_migration_24

-- migrate:up
CREATE INDEX index_version_crate_id ON versions (crate_id);

-- migrate:down
DROP INDEX index_version_crate_id;
