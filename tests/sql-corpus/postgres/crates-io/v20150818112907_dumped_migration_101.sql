-- revision: v20150818112907
-- down_revision: v20150804170130
-- message: rust-lang/crates.io dumped_migration_101

-- migrate:up
ALTER TABLE crate_owners DROP CONSTRAINT crate_owners_unique_user_per_crate;
ALTER TABLE crate_owners ADD CONSTRAINT crate_owners_unique_owner_per_crate UNIQUE (owner_id, crate_id, owner_kind);

-- migrate:down
ALTER TABLE crate_owners DROP CONSTRAINT crate_owners_unique_owner_per_crate;
ALTER TABLE crate_owners ADD CONSTRAINT crate_owners_unique_user_per_crate UNIQUE (owner_id, crate_id);
