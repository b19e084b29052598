-- revision: v20141007131740
-- down_revision: v20141007131739
-- message: rust-lang/crates.io dumped_migration_66

-- migrate:up
ALTER TABLE crate_owners ADD COLUMN deleted BOOLEAN NOT NULL;

-- migrate:down
ALTER TABLE crate_owners DROP COLUMN deleted;
