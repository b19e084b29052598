-- revision: v20140929103756
-- down_revision: v20140929103755
-- message: rust-lang/crates.io dumped_migration_28

-- migrate:up
CREATE TABLE crate_downloads (
            id              SERIAL PRIMARY KEY,
            crate_id        INTEGER NOT NULL,
            downloads       INTEGER NOT NULL,
            date            TIMESTAMP NOT NULL
        );

-- migrate:down
DROP TABLE crate_downloads;
