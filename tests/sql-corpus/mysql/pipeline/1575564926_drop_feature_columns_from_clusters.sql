-- revision: 1575564926
-- down_revision: 1575475233
-- message: drop feature columns from clusters
-- imported from sqlx 1575564926_drop_feature_columns_from_clusters.up.sql

-- migrate:up
ALTER TABLE `clusters` DROP COLUMN `monitoring`;
ALTER TABLE `clusters` DROP COLUMN `logging`;
ALTER TABLE `clusters` DROP COLUMN `security_scan`;
-- migrate:down
ALTER TABLE `clusters` ADD COLUMN `monitoring` tinyint(1);
ALTER TABLE `clusters` ADD COLUMN `logging` tinyint(1);
ALTER TABLE `clusters` ADD COLUMN `security_scan` tinyint(1);
