-- revision: e918ff30eb42
-- down_revision: b4130a7fc904
-- message: openstack/ironic resize_column_nodes_instance_info

-- migrate:up
-- alembic: upgrade b4130a7fc904 -> e918ff30eb42

ALTER TABLE nodes ALTER COLUMN instance_info TYPE TEXT;

-- migrate:down irreversible
