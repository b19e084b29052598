-- revision: 0c5e002094a9
-- down_revision: 3d20d954e058
-- message: keephq/keep add_provider_logs

-- migrate:up
-- alembic: upgrade 3d20d954e058 -> 0c5e002094a9

CREATE TABLE providerexecutionlog (
    log_message TEXT,
    context JSON,
    id VARCHAR NOT NULL,
    tenant_id VARCHAR NOT NULL,
    provider_id VARCHAR NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    log_level VARCHAR NOT NULL,
    execution_id VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(provider_id) REFERENCES provider (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id),
    UNIQUE (id)
);

CREATE INDEX idx_provider_logs_tenant_provider ON providerexecutionlog USING btree (tenant_id, provider_id);

CREATE INDEX idx_provider_logs_timestamp ON providerexecutionlog USING btree (timestamp);

-- migrate:down
-- alembic: downgrade 0c5e002094a9 -> 3d20d954e058

DROP INDEX idx_provider_logs_tenant_provider;

DROP INDEX idx_provider_logs_timestamp;

DROP TABLE providerexecutionlog;
