-- revision: daa1ba02d98
-- down_revision: bcdd431ba0bf
-- message: openstack/ironic add_volume_connectors_table

-- migrate:up
-- alembic: upgrade bcdd431ba0bf -> daa1ba02d98

CREATE TABLE volume_connectors (
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    uuid VARCHAR(36),
    node_id INTEGER,
    type VARCHAR(32),
    connector_id VARCHAR(255),
    extra TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY(node_id) REFERENCES nodes (id),
    CONSTRAINT uniq_volumeconnectors0type0connector_id UNIQUE (type, connector_id),
    CONSTRAINT uniq_volumeconnectors0uuid UNIQUE (uuid)
);

-- migrate:down irreversible
