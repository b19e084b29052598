-- revision: 28c44432c9c3
-- down_revision: 9cbeefa3763f
-- message: openstack/ironic add_node_description

-- migrate:up
-- alembic: upgrade 9cbeefa3763f -> 28c44432c9c3

ALTER TABLE nodes ADD COLUMN description TEXT;

-- migrate:down irreversible
