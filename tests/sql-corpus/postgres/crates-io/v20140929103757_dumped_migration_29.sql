-- revision: v20140929103757
-- down_revision: v20140929103756
-- message: rust-lang/crates.io dumped_migration_29

-- migrate:up
CREATE INDEX index_crate_downloads_crate_id ON crate_downloads (crate_id);

-- migrate:down
DROP INDEX index_crate_downloads_crate_id;
