-- revision: v20150319224701
-- down_revision: v20150319224700
-- message: rust-lang/crates.io dumped_migration_94

-- migrate:up
DROP INDEX index_crates_name;
CREATE UNIQUE INDEX index_crates_name ON crates (canon_crate_name(name));

-- migrate:down
DROP INDEX index_crates_name;
CREATE UNIQUE INDEX index_crates_name ON crates (lower(name));
