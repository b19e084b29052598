-- revision: 1603974362
-- down_revision: 1603201194
-- message: drop sign logs column from auth identities table
-- imported from sqlx 1603974362_drop_sign_logs_column_from_auth_identities_table.up.sql

-- migrate:up
ALTER TABLE auth_identities DROP COLUMN `sign_logs`;
-- migrate:down
ALTER TABLE `auth_identities` ADD COLUMN `sign_logs` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL AFTER confirmed_at;
