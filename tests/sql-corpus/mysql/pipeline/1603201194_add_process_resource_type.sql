-- revision: 1603201194
-- down_revision: 1602862154
-- message: add process resource type
-- imported from sqlx 1603201194_add_process_resource_type.up.sql

-- migrate:up
ALTER TABLE `processes` ADD `resource_type` varchar(255) NOT NULL;
-- migrate:down
ALTER TABLE `processes` DROP `resource_type`;
