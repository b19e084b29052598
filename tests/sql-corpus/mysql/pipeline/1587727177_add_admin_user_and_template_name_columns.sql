-- revision: 1587727177
-- down_revision: 1587125735
-- message: add admin user and template name columns to vsphere pke node pools table
-- imported from sqlx 1587727177_add_admin_user_and_template_name_columns_to_vsphere_pke_node_pools_table.up.sql

-- migrate:up
ALTER TABLE `vsphere_pke_node_pools` ADD COLUMN `admin_username` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL;
ALTER TABLE `vsphere_pke_node_pools` ADD COLUMN `template_name` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL;
-- migrate:down
ALTER TABLE `vsphere_pke_node_pools` DROP COLUMN `admin_username`;
ALTER TABLE `vsphere_pke_node_pools` DROP COLUMN `template_name`;
