-- revision: 1572514144
-- down_revision: 1572427965
-- message: add pke azure accesspoints
-- imported from sqlx 1572514144_add_pke_azure_accesspoints.up.sql

-- migrate:up
ALTER TABLE `azure_pke_clusters` ADD COLUMN `access_points` JSON DEFAULT NULL;
ALTER TABLE `azure_pke_clusters` ADD COLUMN `api_server_access_points` JSON DEFAULT NULL;
-- migrate:down
ALTER TABLE `azure_pke_clusters` DROP COLUMN `access_points`;
ALTER TABLE `azure_pke_clusters` DROP COLUMN `api_server_access_points`;
