-- revision: v20141007171515
-- down_revision: v20141007131741
-- message: rust-lang/crates.io dumped_migration_68

-- migrate:up
ALTER TABLE crates ADD COLUMN description VARCHAR;

-- migrate:down
ALTER TABLE crates DROP COLUMN description;
