-- revision: 772c0e7e8299
-- down_revision: 16990309ad9d
-- message: openstack/ironic add_firmware_identity_fields

-- migrate:up
-- alembic: upgrade 16990309ad9d -> 772c0e7e8299

ALTER TABLE firmware_information ADD COLUMN vendor VARCHAR(255);

ALTER TABLE firmware_information ADD COLUMN model VARCHAR(255);

ALTER TABLE firmware_information ADD COLUMN serial_number VARCHAR(255);

-- migrate:down irreversible
