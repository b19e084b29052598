-- revision: 1601277562
-- down_revision: 1601277561
-- message: add amazon node pools status message column
-- imported from sqlx 1601277562_add_amazon_node_pools_status_message_column.up.sql

-- migrate:up
ALTER TABLE `amazon_node_pools` ADD COLUMN `status_message` TEXT COLLATE utf8mb4_unicode_ci;
-- migrate:down
ALTER TABLE `amazon_node_pools` DROP COLUMN `status_message`;
