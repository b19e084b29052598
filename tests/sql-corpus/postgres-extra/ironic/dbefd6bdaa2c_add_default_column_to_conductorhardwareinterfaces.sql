-- revision: dbefd6bdaa2c
-- down_revision: 2353895ecfae
-- message: openstack/ironic add_default_column_to_conductorhardwareinterfaces

-- migrate:up
-- alembic: upgrade 2353895ecfae -> dbefd6bdaa2c

ALTER TABLE conductor_hardware_interfaces ADD COLUMN "default" BOOLEAN NOT NULL;

-- migrate:down irreversible
