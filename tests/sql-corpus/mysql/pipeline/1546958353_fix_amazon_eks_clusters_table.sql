-- revision: 1546958353
-- down_revision: 1546949531
-- message: fix amazon eks clusters table
-- imported from sqlx 1546958353_fix_amazon_eks_clusters_table.up.sql

-- migrate:up
ALTER TABLE `amazon_eks_clusters` CHANGE COLUMN `cluster_id` `cluster_id` int(10) unsigned DEFAULT NULL;

CREATE UNIQUE INDEX ux_cluster_id ON `amazon_eks_clusters` (`cluster_id`);
-- migrate:down
ALTER TABLE `amazon_eks_clusters` CHANGE COLUMN `cluster_id` `cluster_id` int(10) unsigned DEFAULT '0';
