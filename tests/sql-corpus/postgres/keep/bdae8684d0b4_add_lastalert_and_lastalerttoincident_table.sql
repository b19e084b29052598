-- revision: bdae8684d0b4
-- down_revision: 3ad5308e7200
-- message: keephq/keep add_lastalert_and_lastalerttoincident_table

-- migrate:up
-- alembic: upgrade 3ad5308e7200 -> bdae8684d0b4

CREATE TABLE lastalert (
    tenant_id VARCHAR NOT NULL,
    fingerprint VARCHAR NOT NULL,
    alert_id UUID NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, fingerprint),
    FOREIGN KEY(alert_id) REFERENCES alert (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE INDEX ix_lastalert_timestamp ON lastalert (timestamp);

CREATE INDEX ix_lastalert_fingerprint ON lastalert (fingerprint);

CREATE TABLE lastalerttoincident (
    incident_id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    fingerprint VARCHAR NOT NULL,
    is_created_by_ai BOOLEAN NOT NULL,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (tenant_id, incident_id, fingerprint, deleted_at),
    FOREIGN KEY(tenant_id, fingerprint) REFERENCES lastalert (tenant_id, fingerprint),
    FOREIGN KEY(incident_id) REFERENCES incident (id) ON DELETE CASCADE,
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

-- migrate:down
-- alembic: downgrade bdae8684d0b4 -> 3ad5308e7200

DROP TABLE lastalerttoincident;

DROP INDEX ix_lastalert_timestamp;

DROP TABLE lastalert;
