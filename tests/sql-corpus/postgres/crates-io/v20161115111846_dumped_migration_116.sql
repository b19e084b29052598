-- revision: v20161115111846
-- down_revision: v20161115111836
-- message: rust-lang/crates.io dumped_migration_116

-- migrate:up
ALTER TABLE crates_categories ADD CONSTRAINT fk_crates_categories_category_id FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE CASCADE;

-- migrate:down
ALTER TABLE crates_categories DROP CONSTRAINT fk_crates_categories_category_id;
