-- revision: v20161115111828
-- down_revision: v20161115110541
-- message: rust-lang/crates.io dumped_migration_114

-- migrate:up
CREATE TABLE crates_categories ( crate_id         INTEGER NOT NULL, category_id      INTEGER NOT NULL);

-- migrate:down
DROP TABLE crates_categories;
