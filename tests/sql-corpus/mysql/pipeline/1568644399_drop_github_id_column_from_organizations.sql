-- revision: 1568644399
-- down_revision: 1568471014
-- message: drop github id column from organizations table
-- imported from sqlx 1568644399_drop_github_id_column_from_organizations_table.up.sql

-- migrate:up
ALTER TABLE `organizations` DROP COLUMN `github_id`;
-- migrate:down
ALTER TABLE `organizations` ADD COLUMN `github_id` bigint(20) DEFAULT NULL;
