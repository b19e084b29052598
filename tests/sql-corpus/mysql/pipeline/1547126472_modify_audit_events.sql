-- revision: 1547126472
-- down_revision: 1547044051
-- message: modify audit events
-- imported from sqlx 1547126472_modify_audit_events.up.sql

-- migrate:up
 ALTER TABLE `audit_events` ADD COLUMN `response_time` int(11) DEFAULT NULL;
 ALTER TABLE `audit_events` ADD COLUMN `response_size` int(11) DEFAULT NULL;
 ALTER TABLE `audit_events` ADD COLUMN `errors` json DEFAULT NULL;
-- migrate:down
 ALTER TABLE `audit_events` DROP COLUMN `response_time`;
 ALTER TABLE `audit_events` DROP COLUMN `response_size`;
 ALTER TABLE `audit_events` DROP COLUMN `errors`;
