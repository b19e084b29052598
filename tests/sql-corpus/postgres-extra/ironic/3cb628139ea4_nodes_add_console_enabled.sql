-- revision: 3cb628139ea4
-- down_revision: 21b331f883ef
-- message: openstack/ironic nodes_add_console_enabled

-- migrate:up
-- alembic: upgrade 21b331f883ef -> 3cb628139ea4

ALTER TABLE nodes ADD COLUMN console_enabled BOOLEAN;

-- migrate:down irreversible
