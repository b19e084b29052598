-- revision: v20141021103504
-- down_revision: v20141021103503
-- message: rust-lang/crates.io dumped_migration_79

-- migrate:up
CREATE TABLE crates_keywords (
            crate_id         INTEGER NOT NULL,
            keyword_id       INTEGER NOT NULL
        );

-- migrate:down
DROP TABLE crates_keywords;
