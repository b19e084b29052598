-- revision: v20190828224353
-- down_revision: v20190807153647
-- message: rust-lang/crates.io remove_licenses_column_from_crates

-- migrate:up
-- ALERT! DESTRUCTIVE MIGRATION
-- DO NOT DEPLOY UNTIL PREVIOUS COMMIT IS DEPLOYED
ALTER TABLE crates DROP COLUMN license;

-- migrate:down
-- This file should undo anything in `up.sql`
ALTER TABLE crates ADD COLUMN license VARCHAR;
