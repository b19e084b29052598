-- revision: v20140929103763
-- down_revision: v20140929103761
-- message: rust-lang/crates.io dumped_migration_34

-- migrate:up
CREATE INDEX index_version_downloads_processed ON version_downloads (processed)
                        WHERE processed = FALSE;

-- migrate:down
DROP INDEX index_version_downloads_processed;
