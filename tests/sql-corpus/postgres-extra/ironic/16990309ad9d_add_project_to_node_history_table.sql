-- revision: 16990309ad9d
-- down_revision: e2d316b60d9e
-- message: openstack/ironic add_project_to_node_history_table

-- migrate:up
-- alembic: upgrade e2d316b60d9e -> 16990309ad9d

ALTER TABLE node_history ADD COLUMN project VARCHAR(80);

-- migrate:down irreversible
