-- revision: v20210503174624
-- down_revision: v20210424115720
-- message: rust-lang/crates.io add_index_version_downloads_not_processed

-- migrate:up
CREATE INDEX IF NOT EXISTS index_version_downloads_not_processed ON version_downloads (processed) WHERE NOT processed;

-- migrate:down
DROP INDEX index_version_downloads_not_processed;
