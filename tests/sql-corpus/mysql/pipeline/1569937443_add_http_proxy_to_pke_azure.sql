-- revision: 1569937443
-- down_revision: 1568644399
-- message: add http proxy to pke azure
-- imported from sqlx 1569937443_add_http_proxy_to_pke_azure.up.sql

-- migrate:up
ALTER TABLE `azure_pke_clusters` ADD COLUMN `http_proxy` json DEFAULT NULL;
-- migrate:down
ALTER TABLE `azure_pke_clusters` DROP COLUMN `http_proxy`;
