-- revision: v20160717173343
-- down_revision: v20160219125609
-- message: rust-lang/crates.io dumped_migration_106

-- migrate:up
DROP INDEX index_crates_user_id;

-- migrate:down
CREATE INDEX index_crates_user_id ON crates (user_id);
