-- revision: 3d86a077a3f2
-- down_revision: dbefd6bdaa2c
-- message: openstack/ironic add_port_physical_network

-- migrate:up
-- alembic: upgrade dbefd6bdaa2c -> 3d86a077a3f2

ALTER TABLE ports ADD COLUMN physical_network VARCHAR(64);

-- migrate:down irreversible
