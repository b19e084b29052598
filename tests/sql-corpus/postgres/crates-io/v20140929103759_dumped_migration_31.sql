-- revision: v20140929103759
-- down_revision: v20140929103758
-- message: rust-lang/crates.io dumped_migration_31

-- migrate:up
CREATE TABLE version_downloads (
            id              SERIAL PRIMARY KEY,
            version_id      INTEGER NOT NULL,
            downloads       INTEGER NOT NULL,
            counted         INTEGER NOT NULL,
            date            TIMESTAMP NOT NULL,
            processed       BOOLEAN NOT NULL
        );

-- migrate:down
DROP TABLE version_downloads;
