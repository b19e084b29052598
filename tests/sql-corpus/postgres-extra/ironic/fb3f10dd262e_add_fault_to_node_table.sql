-- revision: fb3f10dd262e
-- down_revision: 2d13bc3d6bba
-- message: openstack/ironic add_fault_to_node_table

-- migrate:up
-- alembic: upgrade 2d13bc3d6bba -> fb3f10dd262e

ALTER TABLE nodes ADD COLUMN fault VARCHAR(255);

-- migrate:down irreversible
