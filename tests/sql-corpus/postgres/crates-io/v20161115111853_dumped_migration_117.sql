-- revision: v20161115111853
-- down_revision: v20161115111846
-- message: rust-lang/crates.io dumped_migration_117

-- migrate:up
CREATE INDEX index_crates_categories_crate_id
                           ON crates_categories (crate_id);

-- migrate:down
DROP INDEX index_crates_categories_crate_id;
