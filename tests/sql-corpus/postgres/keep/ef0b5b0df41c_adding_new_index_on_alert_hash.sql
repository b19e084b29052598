-- revision: ef0b5b0df41c
-- down_revision: 273b29f368b7
-- message: keephq/keep adding_new_index_on_alert_hash

-- migrate:up
-- alembic: upgrade 273b29f368b7 -> ef0b5b0df41c

CREATE INDEX ix_alert_tenant_fingerprint_timestamp ON alert (tenant_id, fingerprint, timestamp);

-- migrate:down
-- alembic: downgrade ef0b5b0df41c -> 273b29f368b7

DROP INDEX ix_alert_tenant_fingerprint_timestamp;
