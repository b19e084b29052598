-- revision: v20230323211241
-- down_revision: v20221123135139
-- message: rust-lang/crates.io add_rust_version_to_versions

-- migrate:up
ALTER TABLE versions ADD COLUMN rust_version VARCHAR;

-- migrate:down
ALTER TABLE versions DROP COLUMN rust_version;
