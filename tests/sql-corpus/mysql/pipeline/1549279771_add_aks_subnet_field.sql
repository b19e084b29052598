-- revision: 1549279771
-- down_revision: 1548868167
-- message: add aks subnet field
-- imported from sqlx 1549279771_add_aks_subnet_field.up.sql

-- migrate:up
ALTER TABLE `azure_aks_node_pools` ADD COLUMN `v_net_subnet_id` varchar(255) DEFAULT NULL;

UPDATE `azure_aks_node_pools` SET `v_net_subnet_id` = '';
-- migrate:down
ALTER TABLE `azure_aks_node_pools` DROP COLUMN `v_net_subnet_id`;
