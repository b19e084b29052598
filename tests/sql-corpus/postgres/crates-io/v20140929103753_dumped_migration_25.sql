-- revision: v20140929103753
-- down_revision: v20140929103752
-- message: rust-lang/crates.io dumped_migration_25

-- migrate:up
CREATE INDEX index_version_num ON versions (num);

-- migrate:down
DROP INDEX index_version_num;
