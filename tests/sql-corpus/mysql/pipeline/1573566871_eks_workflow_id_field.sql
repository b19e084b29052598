-- revision: 1573566871
-- down_revision: 1572514144
-- message: eks workflow id field
-- imported from sqlx 1573566871_eks_workflow_id_field.up.sql

-- migrate:up
ALTER TABLE `amazon_eks_clusters` ADD COLUMN `current_workflow_id` varchar(255);
-- migrate:down
ALTER TABLE `amazon_eks_clusters` DROP COLUMN `current_workflow_id`;
