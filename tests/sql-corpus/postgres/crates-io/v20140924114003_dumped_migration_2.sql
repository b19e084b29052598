-- revision: v20140924114003
-- down_revision: v20140924113530
-- message: rust-lang/crates.io dumped_migration_2

-- migrate:up
CREATE TABLE packages (
            id              SERIAL PRIMARY KEY,
            name            VARCHAR NOT NULL UNIQUE,
            user_id         INTEGER NOT NULL
        );

-- migrate:down
DROP TABLE packages;
