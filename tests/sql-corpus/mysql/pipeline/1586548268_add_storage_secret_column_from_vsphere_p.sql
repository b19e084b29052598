-- revision: 1586548268
-- down_revision: 1583505136
-- message: add storage secret column from vsphere pke clusters table
-- imported from sqlx 1586548268_add_storage_secret_column_from_vsphere_pke_clusters_table.up.sql

-- migrate:up
ALTER TABLE `vsphere_pke_clusters` ADD COLUMN `storage_secret_id` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL;
-- migrate:down
ALTER TABLE `vsphere_pke_clusters` DROP COLUMN `storage_secret_id`;
