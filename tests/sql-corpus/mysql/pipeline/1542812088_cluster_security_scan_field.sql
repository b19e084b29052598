-- revision: 1542812088
-- down_revision: 1542117526
-- message: cluster security scan field
-- imported from sqlx 1542812088_cluster_security_scan_field.up.sql

-- migrate:up
ALTER TABLE `clusters` ADD COLUMN `security_scan` tinyint(1) DEFAULT NULL;
-- migrate:down
ALTER TABLE `clusters` DROP COLUMN `security_scan`;
