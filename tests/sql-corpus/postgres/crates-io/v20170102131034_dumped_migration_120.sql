-- revision: v20170102131034
-- down_revision: v20161115111957
-- message: rust-lang/crates.io dumped_migration_120

-- migrate:up
CREATE TABLE badges ( crate_id         INTEGER NOT NULL, badge_type       VARCHAR NOT NULL, attributes       JSONB NOT NULL);

-- migrate:down
DROP TABLE badges;
