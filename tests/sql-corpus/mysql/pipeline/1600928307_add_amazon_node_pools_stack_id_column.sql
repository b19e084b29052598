-- revision: 1600928307
-- down_revision: 1595244196
-- message: add amazon node pools stack id column
-- imported from sqlx 1600928307_add_amazon_node_pools_stack_id_column.up.sql

-- migrate:up
ALTER TABLE `amazon_node_pools` ADD COLUMN `stack_id` VARCHAR(255);
-- migrate:down
ALTER TABLE `amazon_node_pools` DROP COLUMN `stack_id`;
