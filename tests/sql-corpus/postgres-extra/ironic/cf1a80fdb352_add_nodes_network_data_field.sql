-- revision: cf1a80fdb352
-- down_revision: b2ad35726bb0
-- message: openstack/ironic add_nodes_network_data_field

-- migrate:up
-- alembic: upgrade b2ad35726bb0 -> cf1a80fdb352

ALTER TABLE nodes ADD COLUMN network_data TEXT;

-- migrate:down irreversible
