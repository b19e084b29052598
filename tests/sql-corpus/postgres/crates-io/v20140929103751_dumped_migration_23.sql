-- revision: v20140929103751
-- down_revision: v20140929103750
-- message: rust-lang/crates.io dumped_migration_23

-- migrate:up
CREATE INDEX index_crate_downloads ON crates (downloads);

-- migrate:down
DROP INDEX index_crate_downloads;
