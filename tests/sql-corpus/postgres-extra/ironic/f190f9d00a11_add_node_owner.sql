-- revision: f190f9d00a11
-- down_revision: 93706939026c
-- message: openstack/ironic add_node_owner

-- migrate:up
-- alembic: upgrade 93706939026c -> f190f9d00a11

ALTER TABLE nodes ADD COLUMN owner VARCHAR(255);

-- migrate:down irreversible
