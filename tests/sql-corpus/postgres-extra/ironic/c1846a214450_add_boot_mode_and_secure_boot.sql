-- revision: c1846a214450
-- down_revision: 2bbd96b6ccb9
-- message: openstack/ironic add_boot_mode_and_secure_boot

-- migrate:up
-- alembic: upgrade 2bbd96b6ccb9 -> c1846a214450

ALTER TABLE nodes ADD COLUMN boot_mode VARCHAR(16);

ALTER TABLE nodes ADD COLUMN secure_boot BOOLEAN;

-- migrate:down irreversible
