-- revision: dd67b91a1981
-- down_revision: f190f9d00a11
-- message: openstack/ironic add_allocations_table

-- migrate:up
-- alembic: upgrade f190f9d00a11 -> dd67b91a1981

CREATE TABLE allocations (
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    version VARCHAR(15),
    id SERIAL NOT NULL,
    uuid VARCHAR(36) NOT NULL,
    name VARCHAR(255),
    node_id INTEGER,
    state VARCHAR(15) NOT NULL,
    last_error TEXT,
    resource_class VARCHAR(80),
    traits TEXT,
    candidate_nodes TEXT,
    extra TEXT,
    conductor_affinity INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT uniq_allocations0name UNIQUE (name),
    CONSTRAINT uniq_allocations0uuid UNIQUE (uuid)
);

ALTER TABLE nodes ADD COLUMN allocation_id INTEGER;

ALTER TABLE nodes ADD FOREIGN KEY(allocation_id) REFERENCES allocations (id);

-- migrate:down irreversible
