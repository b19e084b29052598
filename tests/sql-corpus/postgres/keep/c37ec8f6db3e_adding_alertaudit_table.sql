-- revision: c37ec8f6db3e
-- down_revision: 54c1252b2c8a
-- message: keephq/keep adding_alertaudit_table

-- migrate:up
-- alembic: upgrade 54c1252b2c8a -> c37ec8f6db3e

CREATE TABLE alertaudit (
    id UUID NOT NULL,
    fingerprint VARCHAR NOT NULL,
    tenant_id VARCHAR NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    user_id VARCHAR NOT NULL,
    action VARCHAR NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE INDEX ix_alert_audit_fingerprint ON alertaudit (fingerprint);

CREATE INDEX ix_alert_audit_tenant_id ON alertaudit (tenant_id);

CREATE INDEX ix_alert_audit_tenant_id_fingerprint ON alertaudit (tenant_id, fingerprint);

CREATE INDEX ix_alert_audit_timestamp ON alertaudit (timestamp);

-- migrate:down
-- alembic: downgrade c37ec8f6db3e -> 54c1252b2c8a

DROP INDEX ix_alert_audit_timestamp;

DROP INDEX ix_alert_audit_tenant_id_fingerprint;

DROP INDEX ix_alert_audit_tenant_id;

DROP INDEX ix_alert_audit_fingerprint;

DROP TABLE alertaudit;
