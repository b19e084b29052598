-- revision: v20161115111900
-- down_revision: v20161115111853
-- message: rust-lang/crates.io dumped_migration_118

-- migrate:up
CREATE INDEX index_crates_categories_category_id
                           ON crates_categories (category_id);

-- migrate:down
DROP INDEX index_crates_categories_category_id;
