-- revision: 82c315d60161
-- down_revision: e918ff30eb42
-- message: openstack/ironic add_bios_settings

-- migrate:up
-- alembic: upgrade e918ff30eb42 -> 82c315d60161

CREATE TABLE bios_settings (
    node_id INTEGER NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    name VARCHAR(255) NOT NULL,
    value TEXT,
    version VARCHAR(15),
    PRIMARY KEY (node_id, name),
    FOREIGN KEY(node_id) REFERENCES nodes (id)
);

-- migrate:down irreversible
