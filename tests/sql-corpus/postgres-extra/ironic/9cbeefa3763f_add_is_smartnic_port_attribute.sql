-- revision: 9cbeefa3763f
-- down_revision: dd67b91a1981
-- message: openstack/ironic add_is_smartnic_port_attribute

-- migrate:up
-- alembic: upgrade dd67b91a1981 -> 9cbeefa3763f

ALTER TABLE ports ADD COLUMN is_smartnic BOOLEAN;

-- migrate:down irreversible
