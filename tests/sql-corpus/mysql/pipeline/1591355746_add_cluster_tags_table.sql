-- revision: 1591355746
-- down_revision: 1588601076
-- message: add cluster tags table
-- imported from sqlx 1591355746_add_cluster_tags_table.up.sql

-- migrate:up
ALTER TABLE `clusters` ADD COLUMN `tags` json DEFAULT NULL;
-- migrate:down
ALTER TABLE `clusters` DROP COLUMN `tags`;
