-- revision: v20141002195940
-- down_revision: v20141002195939
-- message: rust-lang/crates.io dumped_migration_47

-- migrate:up
CREATE TABLE follows (
            user_id          INTEGER NOT NULL,
            crate_id         INTEGER NOT NULL
        );

-- migrate:down
DROP TABLE follows;
