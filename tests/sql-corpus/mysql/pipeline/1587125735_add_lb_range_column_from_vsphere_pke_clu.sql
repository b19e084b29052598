-- revision: 1587125735
-- down_revision: 1587036840
-- message: add lb range column from vsphere pke clusters table.up.sql add storage secret column from vsphere pke clusters table
-- imported from sqlx 1587125735_add_lb_range_column_from_vsphere_pke_clusters_table.up.sql_add_storage_secret_column_from_vsphere_pke_clusters_table.up.sql

-- migrate:up
ALTER TABLE `vsphere_pke_clusters` ADD COLUMN `load_balancer_ip_range` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL;
-- migrate:down
ALTER TABLE `vsphere_pke_clusters` DROP COLUMN `load_balancer_ip_range`;
