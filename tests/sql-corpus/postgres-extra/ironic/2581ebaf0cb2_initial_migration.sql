-- revision: 2581ebaf0cb2
-- down_revision: none
-- message: openstack/ironic initial_migration

-- migrate:up
-- alembic: upgrade  -> 2581ebaf0cb2

CREATE TABLE conductors (
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    hostname VARCHAR(255) NOT NULL,
    drivers TEXT,
    PRIMARY KEY (id),
    CONSTRAINT uniq_conductors0hostname UNIQUE (hostname)
);

CREATE TABLE chassis (
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    uuid VARCHAR(36),
    extra TEXT,
    description VARCHAR(255),
    PRIMARY KEY (id),
    CONSTRAINT uniq_chassis0uuid UNIQUE (uuid)
);

CREATE TABLE nodes (
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    uuid VARCHAR(36),
    instance_uuid VARCHAR(36),
    chassis_id INTEGER,
    power_state VARCHAR(15),
    target_power_state VARCHAR(15),
    provision_state VARCHAR(15),
    target_provision_state VARCHAR(15),
    last_error TEXT,
    properties TEXT,
    driver VARCHAR(15),
    driver_info TEXT,
    reservation VARCHAR(255),
    maintenance BOOLEAN,
    extra TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY(chassis_id) REFERENCES chassis (id),
    CONSTRAINT uniq_nodes0uuid UNIQUE (uuid)
);

CREATE INDEX node_instance_uuid ON nodes (instance_uuid);

CREATE TABLE ports (
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    id SERIAL NOT NULL,
    uuid VARCHAR(36),
    address VARCHAR(18),
    node_id INTEGER,
    extra TEXT,
    PRIMARY KEY (id),
    FOREIGN KEY(node_id) REFERENCES nodes (id),
    CONSTRAINT uniq_ports0address UNIQUE (address),
    CONSTRAINT uniq_ports0uuid UNIQUE (uuid)
);

-- migrate:down irreversible
