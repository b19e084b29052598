-- revision: v20150320174400
-- down_revision: v20150319224701
-- message: rust-lang/crates.io dumped_migration_95

-- migrate:up
CREATE INDEX index_keywords_lower_keyword ON keywords (lower(keyword));

-- migrate:down
DROP INDEX index_keywords_lower_keyword;
