-- revision: 01ebe17218c0
-- down_revision: 493f217af6b6
-- message: keephq/keep topology_applications

-- migrate:up
-- alembic: upgrade 493f217af6b6 -> 01ebe17218c0

CREATE TABLE topologyapplication (
    tenant_id VARCHAR,
    id UUID NOT NULL,
    name VARCHAR NOT NULL,
    description VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE TABLE topologyserviceapplication (
    service_id INTEGER NOT NULL,
    application_id UUID NOT NULL,
    PRIMARY KEY (service_id, application_id),
    FOREIGN KEY(application_id) REFERENCES topologyapplication (id),
    FOREIGN KEY(service_id) REFERENCES topologyservice (id)
);

ALTER TABLE topologyservice DROP COLUMN application;

-- migrate:down
-- alembic: downgrade 01ebe17218c0 -> 493f217af6b6

ALTER TABLE topologyservice ADD COLUMN application VARCHAR;

DROP TABLE topologyserviceapplication;

DROP TABLE topologyapplication;
