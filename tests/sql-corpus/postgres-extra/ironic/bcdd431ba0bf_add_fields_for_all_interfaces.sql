-- revision: bcdd431ba0bf
-- down_revision: 60cf717201bc
-- message: openstack/ironic add_fields_for_all_interfaces

-- migrate:up
-- alembic: upgrade 60cf717201bc -> bcdd431ba0bf

ALTER TABLE nodes ADD COLUMN boot_interface VARCHAR(255);

ALTER TABLE nodes ADD COLUMN console_interface VARCHAR(255);

ALTER TABLE nodes ADD COLUMN deploy_interface VARCHAR(255);

ALTER TABLE nodes ADD COLUMN inspect_interface VARCHAR(255);

ALTER TABLE nodes ADD COLUMN management_interface VARCHAR(255);

ALTER TABLE nodes ADD COLUMN power_interface VARCHAR(255);

ALTER TABLE nodes ADD COLUMN raid_interface VARCHAR(255);

ALTER TABLE nodes ADD COLUMN vendor_interface VARCHAR(255);

-- migrate:down irreversible
