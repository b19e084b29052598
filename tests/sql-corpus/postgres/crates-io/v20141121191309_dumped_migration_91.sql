-- revision: v20141121191309
-- down_revision: v20141120162357
-- message: rust-lang/crates.io dumped_migration_91

-- migrate:up
ALTER TABLE crates DROP CONSTRAINT packages_name_key;
CREATE UNIQUE INDEX index_crates_name ON crates (lower(name));

-- migrate:down
DROP INDEX index_crates_name;
ALTER TABLE crates ADD CONSTRAINT packages_name_key UNIQUE (name);
