-- revision: v20170322130523
-- down_revision: v20170318181441
-- message: rust-lang/crates.io version_downloads_needs_no_id

-- migrate:up
ALTER TABLE version_downloads ALTER COLUMN "date" TYPE date;
CREATE UNIQUE INDEX version_downloads_unique ON version_downloads (version_id, date);

-- migrate:down
ALTER TABLE version_downloads ALTER COLUMN "date" TYPE timestamp;
DROP INDEX version_downloads_unique;
