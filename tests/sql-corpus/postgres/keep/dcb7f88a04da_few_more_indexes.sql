-- revision: dcb7f88a04da
-- down_revision: 7297ae99cd21
-- message: keephq/keep few_more_indexes

-- migrate:up
-- alembic: upgrade 7297ae99cd21 -> dcb7f88a04da

CREATE INDEX idx_alert_tenant_timestamp_fingerprint ON alert (tenant_id, timestamp, fingerprint);

CREATE INDEX idx_fingerprint_timestamp ON alert (fingerprint, timestamp);

ALTER TABLE lastalert ALTER COLUMN first_timestamp SET NOT NULL;

CREATE INDEX idx_lastalert_tenant_ordering ON lastalert (tenant_id, first_timestamp, alert_id, fingerprint);

CREATE INDEX idx_lastalert_tenant_timestamp ON lastalert (tenant_id, first_timestamp);

CREATE INDEX idx_lastalert_tenant_timestamp_new ON lastalert (tenant_id, timestamp);

CREATE INDEX idx_lastalerttoincident_tenant_fingerprint ON lastalerttoincident (tenant_id, fingerprint, deleted_at);

CREATE INDEX idx_tenant_deleted_fingerprint ON lastalerttoincident (tenant_id, deleted_at, fingerprint);

-- migrate:down
-- alembic: downgrade dcb7f88a04da -> 7297ae99cd21

DROP INDEX idx_tenant_deleted_fingerprint;

DROP INDEX idx_lastalerttoincident_tenant_fingerprint;

DROP INDEX idx_lastalert_tenant_timestamp_new;

DROP INDEX idx_lastalert_tenant_timestamp;

DROP INDEX idx_lastalert_tenant_ordering;

ALTER TABLE lastalert ALTER COLUMN first_timestamp DROP NOT NULL;

DROP INDEX idx_fingerprint_timestamp;

DROP INDEX idx_alert_tenant_timestamp_fingerprint;
