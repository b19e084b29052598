-- revision: d0821744f9e2
-- down_revision: 3ef27505c9fb
-- message: openstack/ironic add_physical_network_attribute_to_portgroup_object

-- migrate:up
-- alembic: upgrade 3ef27505c9fb -> d0821744f9e2

ALTER TABLE portgroups ADD COLUMN physical_network VARCHAR(64);

-- migrate:down irreversible
