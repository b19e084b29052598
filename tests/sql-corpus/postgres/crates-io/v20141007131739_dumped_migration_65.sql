-- revision: v20141007131739
-- down_revision: v20141007131738
-- message: rust-lang/crates.io dumped_migration_65

-- migrate:up
CREATE INDEX index_crate_owners_crate_id
                           ON crate_owners (crate_id);

-- migrate:down
DROP INDEX index_crate_owners_crate_id;
