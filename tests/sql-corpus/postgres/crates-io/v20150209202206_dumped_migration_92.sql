-- revision: v20150209202206
-- down_revision: v20141121191309
-- message: rust-lang/crates.io dumped_migration_92

-- migrate:up
ALTER TABLE crate_owners ADD CONSTRAINT crate_owners_unique_user_per_crate UNIQUE (user_id, crate_id);

-- migrate:down
ALTER TABLE crate_owners DROP CONSTRAINT crate_owners_unique_user_per_crate;
