-- revision: 1571325384
-- down_revision: 1569937443
-- message: add eks iam
-- imported from sqlx 1571325384_add_eks_iam.up.sql

-- migrate:up
ALTER TABLE `amazon_eks_clusters`
ADD COLUMN `default_user` tinyint(1) DEFAULT NULL,
ADD COLUMN `cluster_role_id` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL,
ADD COLUMN `node_instance_role_id` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL;
-- migrate:down
ALTER TABLE `amazon_eks_clusters`
DROP COLUMN `default_user`,
DROP COLUMN `cluster_role_id`,
DROP COLUMN `node_instance_role_id`;
