-- revision: v20161115111836
-- down_revision: v20161115111828
-- message: rust-lang/crates.io dumped_migration_115

-- migrate:up
ALTER TABLE crates_categories ADD CONSTRAINT fk_crates_categories_crate_id
                                 FOREIGN KEY (crate_id) REFERENCES crates (id);

-- migrate:down
ALTER TABLE crates_categories DROP CONSTRAINT fk_crates_categories_crate_id;
