-- revision: 1551341144
-- down_revision: 1551273183
-- message: add dex enabled field to amazon ec2 clusters
-- imported from sqlx 1551341144_add_dex_enabled_field_to_amazon_ec2_clusters.up.sql

-- migrate:up
ALTER TABLE `amazon_ec2_clusters` ADD COLUMN `dex_enabled` tinyint(1) DEFAULT 0 NOT NULL;

UPDATE `amazon_ec2_clusters` SET `dex_enabled` = 0;

-- migrate:down
ALTER TABLE `amazon_ec2_clusters` DROP COLUMN `dex_enabled`;
