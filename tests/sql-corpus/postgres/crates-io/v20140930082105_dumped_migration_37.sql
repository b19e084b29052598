-- revision: v20140930082105
-- down_revision: v20140930082104
-- message: rust-lang/crates.io dumped_migration_37

-- migrate:up
CREATE TABLE dependencies (
            id               SERIAL PRIMARY KEY,
            version_id       INTEGER NOT NULL,
            crate_id         INTEGER NOT NULL,
            req              VARCHAR NOT NULL,
            optional         BOOLEAN NOT NULL,
            default_features BOOLEAN NOT NULL,
            features         VARCHAR NOT NULL
        );

-- migrate:down
DROP TABLE dependencies;
