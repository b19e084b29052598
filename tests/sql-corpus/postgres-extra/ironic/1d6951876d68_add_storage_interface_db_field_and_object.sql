-- revision: 1d6951876d68
-- down_revision: 493d8f27f235
-- message: openstack/ironic add_storage_interface_db_field_and_object

-- migrate:up
-- alembic: upgrade 493d8f27f235 -> 1d6951876d68

ALTER TABLE nodes ADD COLUMN storage_interface VARCHAR(255);

-- migrate:down irreversible
