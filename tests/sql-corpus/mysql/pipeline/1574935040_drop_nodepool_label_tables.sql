-- revision: 1574935040
-- down_revision: 1574432613
-- message: drop nodepool label tables
-- imported from sqlx 1574935040_drop_nodepool_label_tables.up.sql

-- migrate:up
DROP TABLE IF EXISTS `amazon_node_pool_labels`;
DROP TABLE IF EXISTS `google_gke_node_pool_labels`;
DROP TABLE IF EXISTS `oracle_oke_node_pool_labels`;
-- migrate:down
CREATE TABLE `oracle_oke_node_pool_labels` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `name` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    `value` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    `node_pool_id` int(10) unsigned DEFAULT NULL,
    `created_at` timestamp NULL DEFAULT NULL,
    `updated_at` timestamp NULL DEFAULT NULL,
    PRIMARY KEY (`id`),
    UNIQUE KEY `idx_oke_node_pool_labels_node_pool_id_name` (`name`,`node_pool_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `amazon_node_pool_labels` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `name` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    `value` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    `node_pool_id` int(10) unsigned DEFAULT NULL,
    `created_at` timestamp NULL DEFAULT NULL,
    `updated_at` timestamp NULL DEFAULT NULL,
    PRIMARY KEY (`id`),
    UNIQUE KEY `idx_amazon_node_pool_labels_id_name` (`name`,`node_pool_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `google_gke_node_pool_labels` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `name` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    `value` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
    `node_pool_id` int(10) unsigned DEFAULT NULL,
    `created_at` timestamp NULL DEFAULT NULL,
    `updated_at` timestamp NULL DEFAULT NULL,
    PRIMARY KEY (`id`),
    UNIQUE KEY `idx_gke_node_pool_labels_id_name` (`name`,`node_pool_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
