-- revision: v20140924114059
-- down_revision: v20140924114003
-- message: rust-lang/crates.io dumped_migration_3

-- migrate:up
CREATE TABLE versions (
            id              SERIAL PRIMARY KEY,
            package_id      INTEGER NOT NULL,
            num             VARCHAR NOT NULL
        );

-- migrate:down
DROP TABLE versions;
