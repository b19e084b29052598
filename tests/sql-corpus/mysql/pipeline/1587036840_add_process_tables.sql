-- revision: 1587036840
-- down_revision: 1586548268
-- message: add process tables
-- imported from sqlx 1587036840_add_process_tables.up.sql

-- migrate:up
CREATE TABLE `processes` (
  `id` varchar(255) NOT NULL,
  `parent_id` varchar(255) DEFAULT NULL,
  `org_id` int(10) unsigned NOT NULL,
  `type` varchar(255) NOT NULL,
  `log` text,
  `resource_id` varchar(255) NOT NULL,
  `status` varchar(255) NOT NULL,
  `started_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `finished_at` timestamp NULL,
  PRIMARY KEY (`id`),
  KEY `idx_processes_parent_id` (`parent_id`),
  KEY `idx_start_time_end_time` (`started_at`,`finished_at`)
);

CREATE TABLE `process_events` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `process_id` varchar(255) NOT NULL,
  `type` varchar(255) NOT NULL,
  `log` text,
  `status` varchar(255) NOT NULL,
  `timestamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `process_events_process_id_processes_id_foreign` (`process_id`),
  CONSTRAINT `process_events_process_id_processes_id_foreign` FOREIGN KEY (`process_id`) REFERENCES `processes` (`id`)
);
-- migrate:down
DROP TABLE IF EXISTS `process_events`;
DROP TABLE IF EXISTS `processes`;
