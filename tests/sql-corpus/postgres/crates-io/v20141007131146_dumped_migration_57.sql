-- revision: v20141007131146
-- down_revision: v20141002222433
-- message: rust-lang/crates.io dumped_migration_57

-- migrate:up
CREATE TABLE version_authors (
            id               SERIAL PRIMARY KEY,
            version_id       INTEGER NOT NULL,
            user_id          INTEGER,
            name             VARCHAR NOT NULL
        );

-- migrate:down
DROP TABLE version_authors;
