-- revision: v20140929103761
-- down_revision: v20140929103760
-- message: rust-lang/crates.io dumped_migration_33

-- migrate:up
CREATE INDEX index_version_downloads_date ON version_downloads (date(date));

-- migrate:down
DROP INDEX index_version_downloads_date;
