-- revision: 1542117526
-- down_revision: 1542107707
-- message: audit events correlation id field
-- imported from sqlx 1542117526_audit_events_correlation_id_field.up.sql

-- migrate:up
ALTER TABLE audit_events ADD COLUMN correlation_id varchar(36) null;
-- migrate:down
ALTER TABLE audit_events DROP COLUMN correlation_id;
