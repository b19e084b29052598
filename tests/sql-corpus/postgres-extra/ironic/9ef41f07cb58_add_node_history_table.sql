-- revision: 9ef41f07cb58
-- down_revision: c1846a214450
-- message: openstack/ironic add_node_history_table

-- migrate:up
-- alembic: upgrade c1846a214450 -> 9ef41f07cb58

CREATE TABLE node_history (
    version VARCHAR(15),
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    uuid VARCHAR(36) NOT NULL,
    conductor VARCHAR(255),
    event_type VARCHAR(255),
    severity VARCHAR(255),
    event TEXT,
    "user" VARCHAR(32),
    node_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT uniq_history0uuid UNIQUE (uuid),
    FOREIGN KEY(node_id) REFERENCES nodes (id)
);

CREATE INDEX history_node_id_idx ON node_history (node_id);

CREATE INDEX history_conductor_idx ON node_history (conductor);

CREATE INDEX history_uuid_idx ON node_history (uuid);

-- migrate:down irreversible
