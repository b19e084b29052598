-- revision: 1572427965
-- down_revision: 1572393884
-- message: drop dex enabled field to amazon ec2 clusters
-- imported from sqlx 1572427965_drop_dex_enabled_field_to_amazon_ec2_clusters.up.sql

-- migrate:up
ALTER TABLE `amazon_ec2_clusters` DROP COLUMN `dex_enabled`;
-- migrate:down
ALTER TABLE `amazon_ec2_clusters` ADD COLUMN `dex_enabled` tinyint(1) DEFAULT 0 NOT NULL;
