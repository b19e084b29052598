-- revision: 493d8f27f235
-- down_revision: 1a59178ebdf6
-- message: openstack/ironic add_portgroup_configuration_fields

-- migrate:up
-- alembic: upgrade 1a59178ebdf6 -> 493d8f27f235

ALTER TABLE portgroups ADD COLUMN properties TEXT;

ALTER TABLE portgroups ADD COLUMN mode VARCHAR(255);

UPDATE portgroups SET mode='active-backup';

-- migrate:down irreversible
