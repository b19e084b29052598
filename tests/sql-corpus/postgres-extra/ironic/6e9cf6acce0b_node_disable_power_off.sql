-- revision: 6e9cf6acce0b
-- down_revision: 66bd9c5604d5
-- message: openstack/ironic node_disable_power_off

-- migrate:up
-- alembic: upgrade 66bd9c5604d5 -> 6e9cf6acce0b

ALTER TABLE nodes ADD COLUMN disable_power_off BOOLEAN DEFAULT false;

-- migrate:down irreversible
