-- revision: v20141021103506
-- down_revision: v20141021103505
-- message: rust-lang/crates.io dumped_migration_81

-- migrate:up
ALTER TABLE crates_keywords ADD CONSTRAINT fk_crates_keywords_keyword_id
                                 FOREIGN KEY (keyword_id) REFERENCES keywords (id);

-- migrate:down
ALTER TABLE crates_keywords DROP CONSTRAINT fk_crates_keywords_keyword_id;
