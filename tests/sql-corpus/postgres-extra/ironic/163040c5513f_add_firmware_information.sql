-- revision: 163040c5513f
-- down_revision: fe222f476baf
-- message: openstack/ironic add_firmware_information

-- migrate:up
-- alembic: upgrade fe222f476baf -> 163040c5513f

ALTER TABLE nodes ADD COLUMN firmware_interface VARCHAR(255);

CREATE TABLE firmware_information (
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    node_id INTEGER NOT NULL,
    component VARCHAR(255) NOT NULL,
    initial_version VARCHAR(255) NOT NULL,
    current_version VARCHAR(255),
    last_version_flashed VARCHAR(255),
    version VARCHAR(15),
    PRIMARY KEY (id),
    FOREIGN KEY(node_id) REFERENCES nodes (id),
    CONSTRAINT uniq_nodecomponent0node_id0component UNIQUE (node_id, component)
);

-- migrate:down irreversible
