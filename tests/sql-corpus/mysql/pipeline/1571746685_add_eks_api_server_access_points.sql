-- revision: 1571746685
-- down_revision: 1571398112
-- message: add eks api server access points
-- imported from sqlx 1571746685_add_eks_api_server_access_points.up.sql

-- migrate:up
ALTER TABLE `amazon_eks_clusters`
ADD COLUMN `api_server_access_points` json;
-- migrate:down irreversible
