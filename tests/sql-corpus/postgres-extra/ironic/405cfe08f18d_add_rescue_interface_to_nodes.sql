-- revision: 405cfe08f18d
-- down_revision: 868cb606a74a
-- message: openstack/ironic add_rescue_interface_to_nodes

-- migrate:up
-- alembic: upgrade 868cb606a74a -> 405cfe08f18d

ALTER TABLE nodes ADD COLUMN rescue_interface VARCHAR(255);

-- migrate:down irreversible
