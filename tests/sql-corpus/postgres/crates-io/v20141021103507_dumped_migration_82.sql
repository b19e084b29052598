-- revision: v20141021103507
-- down_revision: v20141021103506
-- message: rust-lang/crates.io dumped_migration_82

-- migrate:up
CREATE INDEX index_crates_keywords_crate_id
                           ON crates_keywords (crate_id);

-- migrate:down
DROP INDEX index_crates_keywords_crate_id;
