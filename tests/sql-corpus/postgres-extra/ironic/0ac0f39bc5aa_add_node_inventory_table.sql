-- revision: 0ac0f39bc5aa
-- down_revision: 9ef41f07cb58
-- message: openstack/ironic add_node_inventory_table

-- migrate:up
-- alembic: upgrade 9ef41f07cb58 -> 0ac0f39bc5aa

CREATE TABLE node_inventory (
    version VARCHAR(15),
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    inventory_data TEXT,
    plugin_data TEXT,
    node_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(node_id) REFERENCES nodes (id)
);

CREATE INDEX inventory_node_id_idx ON node_inventory (node_id);

-- migrate:down irreversible
