-- revision: b4130a7fc904
-- down_revision: 405cfe08f18d
-- message: openstack/ironic create_node_traits_table

-- migrate:up
-- alembic: upgrade 405cfe08f18d -> b4130a7fc904

CREATE TABLE node_traits (
    version VARCHAR(15),
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    node_id INTEGER NOT NULL,
    trait VARCHAR(255) NOT NULL,
    PRIMARY KEY (node_id, trait),
    FOREIGN KEY(node_id) REFERENCES nodes (id)
);

CREATE INDEX node_traits_idx ON node_traits (trait);

-- migrate:down irreversible
