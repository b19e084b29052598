-- revision: v20170611165120
-- down_revision: v20170502181306
-- message: rust-lang/crates.io add_license_to_versions

-- migrate:up
ALTER TABLE versions ADD COLUMN license VARCHAR;

-- migrate:down
ALTER TABLE versions DROP COLUMN license;
