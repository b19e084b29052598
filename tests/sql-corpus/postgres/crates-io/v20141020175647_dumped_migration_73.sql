-- revision: v20141020175647
-- down_revision: v20141013115510
-- message: rust-lang/crates.io dumped_migration_73

-- migrate:up
ALTER TABLE crates ADD COLUMN textsearchable_index_col tsvector;

-- migrate:down
ALTER TABLE crates DROP COLUMN textsearchable_index_col;
