-- revision: v20141007131149
-- down_revision: v20141007131148
-- message: rust-lang/crates.io dumped_migration_60

-- migrate:up
CREATE INDEX index_version_authors_version_id
                           ON version_authors (version_id);

-- migrate:down
DROP INDEX index_version_authors_version_id;
