-- revision: 1567600054
-- down_revision: 1567509964
-- message: add oidc enabled column to clusters
-- imported from sqlx 1567600054_add_oidc_enabled_column_to_clusters.up.sql

-- migrate:up
ALTER TABLE `clusters` ADD COLUMN `oidc_enabled` tinyint(1) DEFAULT 0 NOT NULL;
-- migrate:down
ALTER TABLE `clusters` DROP COLUMN `oidc_enabled`;
