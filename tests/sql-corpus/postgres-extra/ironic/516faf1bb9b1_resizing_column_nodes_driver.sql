-- revision: 516faf1bb9b1
-- down_revision: 789acc877671
-- message: openstack/ironic resizing_column_nodes_driver

-- migrate:up
-- alembic: upgrade 789acc877671 -> 516faf1bb9b1

ALTER TABLE nodes ALTER COLUMN driver TYPE VARCHAR(255);

-- migrate:down irreversible
