-- revision: 8a4ec08f2d6b
-- down_revision: dcb7f88a04da
-- message: keephq/keep add_facet_table

-- migrate:up
-- alembic: upgrade dcb7f88a04da -> 8a4ec08f2d6b

CREATE TABLE facet (
    id UUID NOT NULL,
    entity_type VARCHAR(50) NOT NULL,
    property_path VARCHAR(255) NOT NULL,
    type VARCHAR NOT NULL,
    name VARCHAR(255) NOT NULL,
    description VARCHAR(2048),
    tenant_id VARCHAR NOT NULL,
    timestamp TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    user_id VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

-- migrate:down
-- alembic: downgrade 8a4ec08f2d6b -> dcb7f88a04da

DROP INDEX ix_facet_tenant_id;

DROP INDEX ix_entity_type;

DROP TABLE facet;
