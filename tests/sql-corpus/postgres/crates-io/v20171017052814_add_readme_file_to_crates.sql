-- revision: v20171017052814
-- down_revision: v20171016200404
-- message: rust-lang/crates.io add_readme_file_to_crates

-- migrate:up
ALTER TABLE crates ADD COLUMN readme_file VARCHAR;

-- migrate:down
ALTER TABLE crates DROP COLUMN readme_file;
