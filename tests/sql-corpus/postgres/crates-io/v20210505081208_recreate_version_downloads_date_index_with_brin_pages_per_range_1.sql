-- revision: v20210505081208
-- down_revision: v20210503174624
-- message: rust-lang/crates.io recreate_version_downloads_date_index_with_brin_pages_per_range_1

-- migrate:up
DROP INDEX IF EXISTS index_version_downloads_by_date;
CREATE INDEX IF NOT EXISTS index_version_downloads_date ON version_downloads USING brin (date) WITH (pages_per_range = 1);

-- migrate:down
DROP INDEX index_version_downloads_date;
CREATE INDEX IF NOT EXISTS index_version_downloads_by_date ON version_downloads USING brin (date);
