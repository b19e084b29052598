-- revision: bb59b63f55a
-- down_revision: 5674c57409b9
-- message: openstack/ironic add_node_driver_internal_info

-- migrate:up
-- alembic: upgrade 5674c57409b9 -> bb59b63f55a

ALTER TABLE nodes ADD COLUMN driver_internal_info TEXT;

-- migrate:down irreversible
