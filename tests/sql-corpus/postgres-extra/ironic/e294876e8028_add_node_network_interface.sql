-- revision: e294876e8028
-- down_revision: f6fdb920c182
-- message: openstack/ironic add_node_network_interface

-- migrate:up
-- alembic: upgrade f6fdb920c182 -> e294876e8028

ALTER TABLE nodes ADD COLUMN network_interface VARCHAR(255);

-- migrate:down irreversible
