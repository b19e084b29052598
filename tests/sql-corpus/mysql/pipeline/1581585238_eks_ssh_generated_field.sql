-- revision: 1581585238
-- down_revision: 1575564926
-- message: eks ssh generated field
-- imported from sqlx 1581585238_eks_ssh_generated_field.up.sql

-- migrate:up
ALTER TABLE `amazon_eks_clusters` ADD COLUMN `ssh_generated` tinyint(1) DEFAULT '1';
-- migrate:down
ALTER TABLE `amazon_eks_clusters` DROP COLUMN `ssh_generated`;
