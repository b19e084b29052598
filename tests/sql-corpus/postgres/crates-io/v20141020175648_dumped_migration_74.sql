-- revision: v20141020175648
-- down_revision: v20141020175647
-- message: rust-lang/crates.io dumped_migration_74

-- migrate:up
DROP INDEX index_crates_name_search;

-- migrate:down
CREATE INDEX index_crates_name_search ON crates USING gin(to_tsvector('english', name));
