-- revision: v20141007131741
-- down_revision: v20141007131740
-- message: rust-lang/crates.io dumped_migration_67

-- migrate:up
ALTER TABLE crate_owners ADD COLUMN updated_at TIMESTAMP NOT NULL;

-- migrate:down
ALTER TABLE crate_owners DROP COLUMN updated_at;
