-- revision: 1552674363
-- down_revision: 1551727551
-- message: add ttl field cluster table
-- imported from sqlx 1552674363_add_ttl_field_cluster_table.up.sql

-- migrate:up
ALTER TABLE `clusters` ADD COLUMN `ttl_minutes` int(10) unsigned DEFAULT '0' NOT NULL;
ALTER TABLE `clusters` ADD COLUMN `started_at` timestamp NULL DEFAULT NULL;

ALTER TABLE `google_gke_profiles` ADD COLUMN `ttl_minutes` int(10) unsigned DEFAULT '0' NOT NULL;
ALTER TABLE `amazon_eks_profiles` ADD COLUMN `ttl_minutes` int(10) unsigned DEFAULT '0' NOT NULL;
ALTER TABLE `azure_aks_profiles` ADD COLUMN `ttl_minutes` int(10) unsigned DEFAULT '0' NOT NULL;
ALTER TABLE `oracle_oke_profiles` ADD COLUMN `ttl_minutes` int(10) unsigned DEFAULT '0' NOT NULL;

-- migrate:down
ALTER TABLE `clusters` DROP COLUMN `ttl_minutes`;
ALTER TABLE `clusters` DROP COLUMN `started_at`;

ALTER TABLE `google_gke_profiles` DROP COLUMN `ttl_minutes`;
ALTER TABLE `amazon_eks_profiles` DROP COLUMN `ttl_minutes`;
ALTER TABLE `azure_aks_profiles` DROP COLUMN `ttl_minutes`;
ALTER TABLE `oracle_oke_profiles` DROP COLUMN `ttl_minutes`;
