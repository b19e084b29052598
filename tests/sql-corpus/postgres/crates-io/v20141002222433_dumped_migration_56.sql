-- revision: v20141002222433
-- down_revision: v20141002222432
-- message: rust-lang/crates.io dumped_migration_56

-- migrate:up
ALTER TABLE follows ADD CONSTRAINT fk_follows_user_id
                                 FOREIGN KEY (user_id) REFERENCES users (id);

-- migrate:down
ALTER TABLE follows DROP CONSTRAINT fk_follows_user_id;
