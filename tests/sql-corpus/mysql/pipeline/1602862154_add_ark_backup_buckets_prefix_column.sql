-- revision: 1602862154
-- down_revision: 1601277562
-- message: add ark backup buckets prefix column
-- imported from sqlx 1602862154_add_ark_backup_buckets_prefix_column.up.sql

-- migrate:up
ALTER TABLE `ark_backup_buckets` ADD COLUMN `prefix` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL;
-- migrate:down
ALTER TABLE `ark_backup_buckets` DROP COLUMN `prefix`;
