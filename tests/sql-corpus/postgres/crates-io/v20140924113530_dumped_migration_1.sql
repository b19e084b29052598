-- revision: v20140924113530
-- down_revision: v00000000000000
-- message: rust-lang/crates.io dumped_migration_1

-- migrate:up
CREATE TABLE users (
            id              SERIAL PRIMARY KEY,
            email           VARCHAR NOT NULL UNIQUE,
            gh_access_token VARCHAR NOT NULL,
            api_token       VARCHAR NOT NULL
        );


-- migrate:down
DROP TABLE users;
