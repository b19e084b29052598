-- revision: 70671c95028e
-- down_revision: 94886bc59c11
-- message: keephq/keep maintenance_windows

-- migrate:up
-- alembic: upgrade 94886bc59c11 -> 70671c95028e

CREATE TABLE maintenancewindowrule (
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP),
    id SERIAL NOT NULL,
    name VARCHAR NOT NULL,
    tenant_id VARCHAR NOT NULL,
    description VARCHAR,
    created_by VARCHAR NOT NULL,
    cel_query VARCHAR NOT NULL,
    start_time TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    end_time TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    duration_seconds INTEGER,
    enabled BOOLEAN NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

CREATE INDEX ix_maintenance_rule_tenant_id ON maintenancewindowrule (tenant_id);

CREATE INDEX ix_maintenance_rule_tenant_id_end_time ON maintenancewindowrule (tenant_id, end_time);

-- migrate:down
-- alembic: downgrade 70671c95028e -> 94886bc59c11

DROP INDEX ix_maintenance_rule_tenant_id_end_time;

DROP INDEX ix_maintenance_rule_tenant_id;

DROP TABLE maintenancewindowrule;
