-- revision: 5674c57409b9
-- down_revision: 242cc6a923b3
-- message: openstack/ironic replace_nostate_with_available

-- migrate:up
-- alembic: upgrade 242cc6a923b3 -> 5674c57409b9

UPDATE nodes SET provision_state='available' WHERE nodes.provision_state IS NULL;

-- migrate:down irreversible
