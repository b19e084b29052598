-- revision: fe222f476baf
-- down_revision: 4dbec778866e
-- message: openstack/ironic x

-- migrate:up
-- alembic: upgrade 4dbec778866e -> fe222f476baf

ALTER TABLE nodes ADD COLUMN parent_node VARCHAR(36);

CREATE INDEX parent_node_idx ON nodes (parent_node);

-- migrate:down irreversible
