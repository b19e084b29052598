-- revision: 1548428537
-- down_revision: 1547727772
-- message: create cluster status history table
-- imported from sqlx 1548428537_create_cluster_status_history_table.up.sql

-- migrate:up
CREATE TABLE `cluster_status_history` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `cluster_id` int(10) unsigned NOT NULL,
  `cluster_name` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `from_status` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `from_status_message` text COLLATE utf8mb4_unicode_ci NOT NULL,
  `to_status` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL,
  `to_status_message` text COLLATE utf8mb4_unicode_ci NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- migrate:down
DROP TABLE IF EXISTS `cluster_status_history`;
