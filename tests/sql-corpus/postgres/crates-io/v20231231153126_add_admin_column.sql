-- revision: v20231231153126
-- down_revision: v20231019092709
-- message: rust-lang/crates.io add_admin_column

-- migrate:up
ALTER TABLE users ADD COLUMN is_admin BOOL DEFAULT false NOT NULL;

-- migrate:down
ALTER TABLE users DROP COLUMN is_admin;
