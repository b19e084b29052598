-- revision: 1571398112
-- down_revision: 1571325384
-- message: add eks logtypes
-- imported from sqlx 1571398112_add_eks_logtypes.up.sql

-- migrate:up
ALTER TABLE `amazon_eks_clusters`
ADD COLUMN `log_types` json;
-- migrate:down
ALTER TABLE `amazon_eks_clusters`
DROP COLUMN `log_types`;
