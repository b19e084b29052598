-- revision: 1546949531
-- down_revision: 1546597186
-- message: add ec2 cluster
-- imported from sqlx 1546949531_add_ec2_cluster.up.sql

-- migrate:up
CREATE TABLE `amazon_ec2_clusters` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `cluster_id` int(10) unsigned DEFAULT NULL,
    `master_instance_type` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    `master_image` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- migrate:down
DROP TABLE IF EXISTS `amazon_ec2_clusters`;
