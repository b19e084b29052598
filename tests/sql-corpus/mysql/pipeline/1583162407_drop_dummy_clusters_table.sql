-- revision: 1583162407
-- down_revision: 1583070164
-- message: drop dummy clusters table
-- imported from sqlx 1583162407_drop_dummy_clusters_table.up.sql

-- migrate:up
DROP TABLE IF EXISTS `dummy_clusters`;
-- migrate:down
CREATE TABLE `dummy_clusters` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `kubernetes_version` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    `node_count` int(11) DEFAULT NULL,
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
