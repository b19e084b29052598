-- revision: 3ef27505c9fb
-- down_revision: e4827561979d
-- message: openstack/ironic add_category_attribute_to_port_object

-- migrate:up
-- alembic: upgrade e4827561979d -> 3ef27505c9fb

ALTER TABLE ports ADD COLUMN category VARCHAR(80);

-- migrate:down irreversible
