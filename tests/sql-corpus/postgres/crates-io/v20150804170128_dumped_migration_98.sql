-- revision: v20150804170128
-- down_revision: v20150804170127
-- message: rust-lang/crates.io dumped_migration_98

-- migrate:up
CREATE TABLE teams (
            id            SERIAL PRIMARY KEY,
            login         VARCHAR NOT NULL UNIQUE,
            github_id     INTEGER NOT NULL UNIQUE,
            name          VARCHAR,
            avatar        VARCHAR
        );

-- migrate:down
DROP TABLE teams;
