-- revision: v20140929103758
-- down_revision: v20140929103757
-- message: rust-lang/crates.io dumped_migration_30

-- migrate:up
CREATE INDEX index_crate_downloads_date ON crate_downloads (date(date));

-- migrate:down
DROP INDEX index_crate_downloads_date;
