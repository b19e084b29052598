-- revision: 1547044051
-- down_revision: 1546958353
-- message: introduce nodepool support alibaba
-- imported from sqlx 1547044051_introduce_nodepool_support_alibaba.up.sql

-- migrate:up
ALTER TABLE `alibaba_acsk_node_pools` ADD COLUMN `min_count` int(11) DEFAULT NULL;
ALTER TABLE `alibaba_acsk_node_pools` ADD COLUMN `max_count` int(11) DEFAULT NULL;
ALTER TABLE `alibaba_acsk_node_pools` ADD COLUMN `asg_id` varchar(255) DEFAULT NULL;
ALTER TABLE `alibaba_acsk_node_pools` ADD COLUMN `scaling_config_id` varchar(255) DEFAULT NULL;
-- migrate:down
ALTER TABLE `alibaba_acsk_node_pools` DROP COLUMN `min_count`;
ALTER TABLE `alibaba_acsk_node_pools` DROP COLUMN `max_count`;
ALTER TABLE `alibaba_acsk_node_pools` DROP COLUMN `asg_id`;
ALTER TABLE `alibaba_acsk_node_pools` DROP COLUMN `scaling_config_id`;
