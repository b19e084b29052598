-- revision: 2fb93ffd2af1
-- down_revision: 4f399b21ae71
-- message: openstack/ironic increase_node_name_length

-- migrate:up
-- alembic: upgrade 4f399b21ae71 -> 2fb93ffd2af1

ALTER TABLE nodes ALTER COLUMN name TYPE VARCHAR(255);

-- migrate:down irreversible
