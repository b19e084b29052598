-- revision: v20141021103510
-- down_revision: v20141021103509
-- message: rust-lang/crates.io dumped_migration_85

-- migrate:up
CREATE INDEX index_keywords_crates_cnt
                           ON keywords (crates_cnt);

-- migrate:down
DROP INDEX index_keywords_crates_cnt;
