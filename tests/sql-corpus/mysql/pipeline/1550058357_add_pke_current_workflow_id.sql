-- revision: 1550058357
-- down_revision: 1549864170
-- message: add pke current workflow id
-- imported from sqlx 1550058357_add_pke_current_workflow_id.up.sql

-- migrate:up
ALTER TABLE `amazon_ec2_clusters` ADD `current_workflow_id` varchar(255);
-- migrate:down
ALTER TABLE `amazon_ec2_clusters` DROP `current_workflow_id`;
