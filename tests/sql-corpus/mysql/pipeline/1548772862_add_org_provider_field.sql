-- revision: 1548772862
-- down_revision: 1548428537
-- message: add org provider field
-- imported from sqlx 1548772862_add_org_provider_field.up.sql

-- migrate:up
ALTER TABLE `organizations` ADD COLUMN `provider` varchar(255) NOT NULL;

UPDATE `organizations` SET `provider` = 'github';
-- migrate:down
ALTER TABLE `organizations` DROP COLUMN `provider`;
