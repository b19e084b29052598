-- revision: v20141021103508
-- down_revision: v20141021103507
-- message: rust-lang/crates.io dumped_migration_83

-- migrate:up
CREATE INDEX index_crates_keywords_keyword_id
                           ON crates_keywords (keyword_id);

-- migrate:down
DROP INDEX index_crates_keywords_keyword_id;
