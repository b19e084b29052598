-- revision: 9f8c7d6e5b4a
-- down_revision: 15e9d00367b0
-- message: openstack/ironic add_node_health_field

-- migrate:up
-- alembic: upgrade 15e9d00367b0 -> 9f8c7d6e5b4a

ALTER TABLE nodes ADD COLUMN health VARCHAR(32);

-- migrate:down irreversible
