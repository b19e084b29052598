-- revision: v20150804170130
-- down_revision: v20150804170129
-- message: rust-lang/crates.io dumped_migration_100

-- migrate:up
ALTER TABLE crate_owners DROP CONSTRAINT fk_crate_owners_user_id;

-- migrate:down
ALTER TABLE crate_owners ADD CONSTRAINT fk_crate_owners_user_id
                           FOREIGN KEY (owner_id) REFERENCES users (id);
