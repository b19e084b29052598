-- revision: v20141002222427
-- down_revision: v20141002222426
-- message: rust-lang/crates.io dumped_migration_50

-- migrate:up
ALTER TABLE crates ADD CONSTRAINT fk_crates_user_id
                                 FOREIGN KEY (user_id) REFERENCES users (id);

-- migrate:down
ALTER TABLE crates DROP CONSTRAINT fk_crates_user_id;
