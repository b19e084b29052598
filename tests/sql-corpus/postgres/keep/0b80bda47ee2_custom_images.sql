-- revision: 0b80bda47ee2
-- down_revision: a82154690f35
-- message: keephq/keep custom_images

-- migrate:up
-- alembic: upgrade a82154690f35 -> 0b80bda47ee2

CREATE TABLE providerimage (
    id VARCHAR NOT NULL,
    tenant_id VARCHAR NOT NULL,
    image_name VARCHAR NOT NULL,
    image_blob BYTEA,
    last_updated TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(tenant_id) REFERENCES tenant (id)
);

-- migrate:down
-- alembic: downgrade 0b80bda47ee2 -> a82154690f35

DROP TABLE providerimage;
