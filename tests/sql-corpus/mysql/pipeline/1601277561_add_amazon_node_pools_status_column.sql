-- revision: 1601277561
-- down_revision: 1600928307
-- message: add amazon node pools status column
-- imported from sqlx 1601277561_add_amazon_node_pools_status_column.up.sql

-- migrate:up
ALTER TABLE `amazon_node_pools` ADD COLUMN `status` VARCHAR(255);
-- migrate:down
ALTER TABLE `amazon_node_pools` DROP COLUMN `status`;
