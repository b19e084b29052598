-- revision: 37019ca3eb2e
-- down_revision: c37ec8f6db3e
-- message: keephq/keep incident_related_tables

-- migrate:up
-- alembic: upgrade c37ec8f6db3e -> 37019ca3eb2e

CREATE TABLE incident (
    id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    description VARCHAR NOT NULL,
    assignee VARCHAR,
    creation_time TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    start_time TIMESTAMP WITHOUT TIME ZONE,
    end_time TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE TABLE alerttoincident (
    incident_id UUID NOT NULL,
    tenant_id VARCHAR NOT NULL,
    alert_id UUID NOT NULL,
    PRIMARY KEY (incident_id, alert_id),
    FOREIGN KEY(alert_id) REFERENCES alert (id),
    FOREIGN KEY(incident_id) REFERENCES incident (id) ON DELETE CASCADE,
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

-- migrate:down
-- alembic: downgrade 37019ca3eb2e -> c37ec8f6db3e

DROP TABLE alerttoincident;

DROP TABLE incident;
