-- revision: 2353895ecfae
-- down_revision: 1d6951876d68
-- message: openstack/ironic add_conductor_hardware_interfaces_table

-- migrate:up
-- alembic: upgrade 1d6951876d68 -> 2353895ecfae

CREATE TABLE conductor_hardware_interfaces (
    id SERIAL NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE,
    updated_at TIMESTAMP WITHOUT TIME ZONE,
    conductor_id INTEGER NOT NULL,
    hardware_type VARCHAR(255) NOT NULL,
    interface_type VARCHAR(16) NOT NULL,
    interface_name VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(conductor_id) REFERENCES conductors (id),
    CONSTRAINT uniq_conductorhardwareinterfaces0 UNIQUE (conductor_id, hardware_type, interface_type, interface_name)
);

-- migrate:down irreversible
