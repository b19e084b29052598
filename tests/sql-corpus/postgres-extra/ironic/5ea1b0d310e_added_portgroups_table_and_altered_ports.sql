-- revision: 5ea1b0d310e
-- down_revision: 48d6c242bb9b
-- message: openstack/ironic added_portgroups_table_and_altered_ports

-- migrate:up
-- alembic: upgrade 48d6c242bb9b -> 5ea1b0d310e

CREATE TABLE portgroups (
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    uuid VARCHAR(36),
    name VARCHAR(255),
    node_id INTEGER,
    address VARCHAR(18),
    extra TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY(node_id) REFERENCES nodes (id),
    CONSTRAINT uniq_portgroups0uuid UNIQUE (uuid),
    CONSTRAINT uniq_portgroups0address UNIQUE (address),
    CONSTRAINT uniq_portgroups0name UNIQUE (name)
);

ALTER TABLE ports ADD COLUMN local_link_connection TEXT;

ALTER TABLE ports ADD COLUMN portgroup_id INTEGER;

ALTER TABLE ports ADD COLUMN pxe_enabled BOOLEAN;

ALTER TABLE ports ADD CONSTRAINT fk_portgroups_ports FOREIGN KEY(portgroup_id) REFERENCES portgroups (id);

-- migrate:down irreversible
