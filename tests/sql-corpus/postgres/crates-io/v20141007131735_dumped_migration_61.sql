-- revision: v20141007131735
-- down_revision: v20141007131149
-- message: rust-lang/crates.io dumped_migration_61

-- migrate:up
CREATE TABLE crate_owners (
            id               SERIAL PRIMARY KEY,
            crate_id         INTEGER NOT NULL,
            user_id          INTEGER NOT NULL,
            created_at       TIMESTAMP NOT NULL,
            created_by       INTEGER
        );

-- migrate:down
DROP TABLE crate_owners;
