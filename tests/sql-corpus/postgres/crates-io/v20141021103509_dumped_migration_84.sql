-- revision: v20141021103509
-- down_revision: v20141021103508
-- message: rust-lang/crates.io dumped_migration_84

-- migrate:up
CREATE INDEX index_keywords_keyword
                           ON keywords (keyword);

-- migrate:down
DROP INDEX index_keywords_keyword;
