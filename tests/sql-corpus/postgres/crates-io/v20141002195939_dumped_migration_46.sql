-- revision: v20141002195939
-- down_revision: v20141001190231
-- message: rust-lang/crates.io dumped_migration_46

-- migrate:up
CREATE INDEX index_crates_user_id ON crates (user_id);

-- migrate:down
DROP INDEX index_crates_user_id;
