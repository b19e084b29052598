-- revision: v20160717174005
-- down_revision: v20160717173343
-- message: rust-lang/crates.io dumped_migration_107

-- migrate:up
ALTER TABLE crates DROP CONSTRAINT fk_crates_user_id;

-- migrate:down
ALTER TABLE crates ADD CONSTRAINT fk_crates_user_id
                           FOREIGN KEY (user_id) REFERENCES users (id);
