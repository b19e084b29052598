-- revision: v20141021103505
-- down_revision: v20141021103504
-- message: rust-lang/crates.io dumped_migration_80

-- migrate:up
ALTER TABLE crates_keywords ADD CONSTRAINT fk_crates_keywords_crate_id
                                 FOREIGN KEY (crate_id) REFERENCES crates (id);

-- migrate:down
ALTER TABLE crates_keywords DROP CONSTRAINT fk_crates_keywords_crate_id;
