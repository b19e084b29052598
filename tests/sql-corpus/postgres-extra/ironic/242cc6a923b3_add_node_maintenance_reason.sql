-- revision: 242cc6a923b3
-- down_revision: 487deb87cc9d
-- message: openstack/ironic add_node_maintenance_reason

-- migrate:up
-- alembic: upgrade 487deb87cc9d -> 242cc6a923b3

ALTER TABLE nodes ADD COLUMN maintenance_reason TEXT;

-- migrate:down irreversible
