-- revision: 92f4f93f2140
-- down_revision: c91b348b94f2
-- message: keephq/keep topology_migrations

-- migrate:up
-- alembic: upgrade c91b348b94f2 -> 92f4f93f2140

CREATE TABLE topologyservice (
    tenant_id VARCHAR,
    tags JSON,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP),
    id SERIAL NOT NULL,
    source_provider_id VARCHAR NOT NULL,
    repository VARCHAR,
    service VARCHAR NOT NULL,
    environment VARCHAR NOT NULL,
    display_name VARCHAR NOT NULL,
    description VARCHAR,
    team VARCHAR,
    application VARCHAR,
    email VARCHAR,
    slack VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE TABLE topologyservicedependency (
    service_id INTEGER,
    depends_on_service_id INTEGER,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP),
    id SERIAL NOT NULL,
    protocol VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(depends_on_service_id) REFERENCES topologyservice (id) ON DELETE CASCADE,
    FOREIGN KEY(service_id) REFERENCES topologyservice (id) ON DELETE CASCADE
);

-- migrate:down
-- alembic: downgrade 92f4f93f2140 -> c91b348b94f2

DROP TABLE topologyservicedependency;

DROP TABLE topologyservice;
