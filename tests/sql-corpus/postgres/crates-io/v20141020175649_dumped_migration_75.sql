-- revision: v20141020175649
-- down_revision: v20141020175648
-- message: rust-lang/crates.io dumped_migration_75

-- migrate:up
CREATE INDEX index_crates_name_search ON crates USING gin(textsearchable_index_col);

-- migrate:down
DROP INDEX index_crates_name_search;
