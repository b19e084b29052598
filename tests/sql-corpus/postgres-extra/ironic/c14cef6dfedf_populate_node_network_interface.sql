-- revision: c14cef6dfedf
-- down_revision: dd34e1f1303b
-- message: openstack/ironic populate_node_network_interface

-- migrate:up
-- alembic: upgrade dd34e1f1303b -> c14cef6dfedf

UPDATE nodes SET network_interface='flat' WHERE nodes.network_interface IS NULL;

-- migrate:down irreversible
