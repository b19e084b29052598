-- revision: v20190513192055
-- down_revision: v20190404192902
-- message: rust-lang/crates.io remove_readme_from_crates

-- migrate:up
-- Your SQL goes here
ALTER TABLE crates DROP COLUMN readme_file;

-- migrate:down
-- This file should undo anything in `up.sql`
ALTER TABLE crates ADD COLUMN readme_file VARCHAR;
