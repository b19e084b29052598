-- revision: v20190614195059
-- down_revision: v20190614175833
-- message: rust-lang/crates.io remove_unused_indexes

-- migrate:up
DROP INDEX path_categories_idx;
DROP INDEX index_version_num;

-- migrate:down
CREATE INDEX index_version_num ON versions (num);
CREATE INDEX path_categories_idx ON categories (path);
