-- revision: 763b2f62d215
-- down_revision: d0821744f9e2
-- message: openstack/ironic add_category_attribute_to_portgroup_object

-- migrate:up
-- alembic: upgrade d0821744f9e2 -> 763b2f62d215

ALTER TABLE portgroups ADD COLUMN category VARCHAR(80);

-- migrate:down irreversible
