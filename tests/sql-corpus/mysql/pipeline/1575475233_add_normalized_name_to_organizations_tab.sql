-- revision: 1575475233
-- down_revision: 1574935040
-- message: add normalized name to organizations table
-- imported from sqlx 1575475233_add_normalized_name_to_organizations_table.up.sql

-- migrate:up
ALTER TABLE `organizations` ADD COLUMN `normalized_name` varchar(255) AFTER `provider`, ADD UNIQUE KEY (`normalized_name`);

UPDATE organizations SET normalized_name = REPLACE(REPLACE(name, '.', '-'), '@', '-') WHERE normalized_name ='' OR normalized_name IS NULL;
-- migrate:down
ALTER TABLE `organizations` DROP COLUMN `normalized_name`;
