-- revision: 1583070164
-- down_revision: 1582732855
-- message: drop ttl minutes column from clusters table
-- imported from sqlx 1583070164_drop_ttl_minutes_column_from_clusters_table.up.sql

-- migrate:up
ALTER TABLE clusters DROP COLUMN `ttl_minutes`;
-- migrate:down
ALTER TABLE `clusters` ADD COLUMN `ttl_minutes` int(10) unsigned DEFAULT '0' NOT NULL AFTER created_by;
