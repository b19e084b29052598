-- revision: 4f399b21ae71
-- down_revision: 1e1d5ace7dc6
-- message: openstack/ironic add_node_clean_step

-- migrate:up
-- alembic: upgrade 1e1d5ace7dc6 -> 4f399b21ae71

ALTER TABLE nodes ADD COLUMN clean_step TEXT;

-- migrate:down irreversible
