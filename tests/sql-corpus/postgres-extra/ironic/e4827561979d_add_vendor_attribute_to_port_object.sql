-- revision: e4827561979d
-- down_revision: 1c14278d6e33
-- message: openstack/ironic add_vendor_attribute_to_port_object

-- migrate:up
-- alembic: upgrade 1c14278d6e33 -> e4827561979d

ALTER TABLE ports ADD COLUMN vendor VARCHAR(32);

-- migrate:down irreversible
