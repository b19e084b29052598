-- revision: v20141021103503
-- down_revision: v20141020175651
-- message: rust-lang/crates.io dumped_migration_78

-- migrate:up
CREATE TABLE keywords (
            id               SERIAL PRIMARY KEY,
            keyword          VARCHAR NOT NULL UNIQUE,
            crates_cnt       INTEGER NOT NULL,
            created_at       TIMESTAMP NOT NULL
        );

-- migrate:down
DROP TABLE keywords;
