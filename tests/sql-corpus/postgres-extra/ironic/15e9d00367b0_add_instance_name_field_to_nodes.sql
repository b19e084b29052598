-- revision: 15e9d00367b0
-- down_revision: 763b2f62d215
-- message: openstack/ironic add_instance_name_field_to_nodes

-- migrate:up
-- alembic: upgrade 763b2f62d215 -> 15e9d00367b0

ALTER TABLE nodes ADD COLUMN instance_name VARCHAR(255);

-- migrate:down irreversible
