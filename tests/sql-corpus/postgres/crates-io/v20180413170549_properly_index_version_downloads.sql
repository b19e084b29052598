-- revision: v20180413170549
-- down_revision: v20180118174843
-- message: rust-lang/crates.io properly_index_version_downloads

-- migrate:up
CREATE UNIQUE INDEX index_version_downloads_not_processed
  ON version_downloads (id)
  WHERE processed = FALSE;
DROP INDEX index_version_downloads_processed;

-- migrate:down
CREATE INDEX index_version_downloads_processed
  ON version_downloads (processed)
  WHERE processed = FALSE;
DROP INDEX index_version_downloads_not_processed;
