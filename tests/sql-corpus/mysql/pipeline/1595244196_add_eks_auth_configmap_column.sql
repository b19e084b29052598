-- revision: 1595244196
-- down_revision: 1591355746
-- message: add eks auth configmap column
-- imported from sqlx 1595244196_add_eks_auth_configmap_column.up.sql

-- migrate:up
ALTER TABLE `amazon_eks_clusters` ADD COLUMN `auth_config_map` text COLLATE utf8mb4_unicode_ci;
-- migrate:down
ALTER TABLE `amazon_eks_clusters` DROP COLUMN `auth_config_map`;
