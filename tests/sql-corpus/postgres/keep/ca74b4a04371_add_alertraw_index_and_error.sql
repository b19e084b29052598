-- revision: ca74b4a04371
-- down_revision: 9f11356d8ed9
-- message: keephq/keep add_alertraw_index_and_error

-- migrate:up
-- alembic: upgrade 9f11356d8ed9 -> ca74b4a04371

ALTER TABLE alertraw ADD COLUMN error BOOLEAN DEFAULT false;

ALTER TABLE alertraw ADD COLUMN error_message VARCHAR(2048);

ALTER TABLE alertraw ADD COLUMN dismissed BOOLEAN DEFAULT false;

ALTER TABLE alertraw ALTER COLUMN error SET NOT NULL;

ALTER TABLE alertraw ALTER COLUMN error SET DEFAULT false;

ALTER TABLE alertraw ALTER COLUMN dismissed SET NOT NULL;

ALTER TABLE alertraw ALTER COLUMN dismissed SET DEFAULT false;

ALTER TABLE alertraw ADD COLUMN dismissed_at TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE alertraw ADD COLUMN dismissed_by VARCHAR(255);

CREATE INDEX ix_alert_raw_tenant_id_error ON alertraw (tenant_id, error);

CREATE INDEX ix_alert_raw_tenant_id_timestamp ON alertraw (tenant_id, timestamp);

CREATE INDEX ix_alertraw_error ON alertraw (error);

CREATE INDEX ix_alertraw_tenant_id ON alertraw (tenant_id);

-- migrate:down
-- alembic: downgrade ca74b4a04371 -> 9f11356d8ed9

DROP INDEX ix_alertraw_tenant_id;

DROP INDEX ix_alertraw_error;

DROP INDEX ix_alert_raw_tenant_id_timestamp;

DROP INDEX ix_alert_raw_tenant_id_error;

ALTER TABLE alertraw DROP COLUMN error_message;

ALTER TABLE alertraw DROP COLUMN error;

ALTER TABLE alertraw DROP COLUMN dismissed_by;

ALTER TABLE alertraw DROP COLUMN dismissed_at;

ALTER TABLE alertraw DROP COLUMN dismissed;
