-- revision: 31baaf680d2b
-- down_revision: 3cb628139ea4
-- message: openstack/ironic add_node_instance_info

-- migrate:up
-- alembic: upgrade 3cb628139ea4 -> 31baaf680d2b

ALTER TABLE nodes ADD COLUMN instance_info TEXT;

-- migrate:down irreversible
