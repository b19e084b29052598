-- revision: 48d6c242bb9b
-- down_revision: 516faf1bb9b1
-- message: openstack/ironic add_node_tags

-- migrate:up
-- alembic: upgrade 516faf1bb9b1 -> 48d6c242bb9b

CREATE TABLE node_tags (
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    node_id INTEGER NOT NULL,
    tag VARCHAR(255) NOT NULL,
    PRIMARY KEY (node_id, tag),
    FOREIGN KEY(node_id) REFERENCES nodes (id)
);

CREATE INDEX node_tags_idx ON node_tags (tag);

-- migrate:down irreversible
