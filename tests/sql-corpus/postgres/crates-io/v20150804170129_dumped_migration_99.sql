-- revision: v20150804170129
-- down_revision: v20150804170128
-- message: rust-lang/crates.io dumped_migration_99

-- migrate:up
ALTER TABLE crate_owners RENAME user_id TO owner_id;

-- migrate:down
ALTER TABLE crate_owners RENAME owner_id TO user_id;
