-- revision: 2d13bc3d6bba
-- down_revision: 82c315d60161
-- message: openstack/ironic add_bios_interface

-- migrate:up
-- alembic: upgrade 82c315d60161 -> 2d13bc3d6bba

ALTER TABLE nodes ADD COLUMN bios_interface VARCHAR(255);

-- migrate:down irreversible
