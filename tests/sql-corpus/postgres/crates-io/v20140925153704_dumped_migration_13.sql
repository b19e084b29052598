-- revision: v20140925153704
-- down_revision: v20140925132254
-- message: rust-lang/crates.io dumped_migration_13

-- migrate:up
CREATE TABLE metadata (
            total_downloads        BIGINT NOT NULL
        );

-- migrate:down
DROP TABLE metadata;
