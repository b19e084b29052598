-- revision: v20140924120803
-- down_revision: v20140924115329
-- message: rust-lang/crates.io dumped_migration_5

-- migrate:up
CREATE TABLE version_dependencies (
            version_id      INTEGER NOT NULL,
            depends_on_id   INTEGER NOT NULL
        );

-- migrate:down
DROP TABLE version_dependencies;
