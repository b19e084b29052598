-- revision: b2ad35726bb0
-- down_revision: cd2c80feb331
-- message: openstack/ironic add_node_lessee

-- migrate:up
-- alembic: upgrade cd2c80feb331 -> b2ad35726bb0

ALTER TABLE nodes ADD COLUMN lessee VARCHAR(255);

-- migrate:down irreversible
