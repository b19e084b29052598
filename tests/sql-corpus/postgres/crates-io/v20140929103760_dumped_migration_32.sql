-- revision: v20140929103760
-- down_revision: v20140929103759
-- message: rust-lang/crates.io dumped_migration_32

-- migrate:up
CREATE INDEX index_version_downloads_version_id ON version_downloads (version_id);

-- migrate:down
DROP INDEX index_version_downloads_version_id;
