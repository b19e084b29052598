-- revision: v20141007131736
-- down_revision: v20141007131735
-- message: rust-lang/crates.io dumped_migration_62

-- migrate:up
ALTER TABLE crate_owners ADD CONSTRAINT fk_crate_owners_user_id
                                 FOREIGN KEY (user_id) REFERENCES users (id);

-- migrate:down
ALTER TABLE crate_owners DROP CONSTRAINT fk_crate_owners_user_id;
