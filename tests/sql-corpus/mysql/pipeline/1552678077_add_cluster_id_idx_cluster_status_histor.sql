-- revision: 1552678077
-- down_revision: 1552674363
-- message: add cluster id idx cluster status history
-- imported from sqlx 1552678077_add_cluster_id_idx_cluster_status_history.up.sql

-- migrate:up
ALTER TABLE `cluster_status_history` ADD INDEX `idx_cluster_status_history_cluster_id` (`cluster_id`);
-- migrate:down
ALTER TABLE `cluster_status_history` DROP INDEX `idx_cluster_status_history_cluster_id`;
