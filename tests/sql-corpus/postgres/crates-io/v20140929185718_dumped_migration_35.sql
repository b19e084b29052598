-- revision: v20140929185718
-- down_revision: v20140929103763
-- message: rust-lang/crates.io dumped_migration_35

-- migrate:up
CREATE INDEX index_crates_name_search ON crates USING gin(to_tsvector('english', name));

-- migrate:down
DROP INDEX index_crates_name_search;
