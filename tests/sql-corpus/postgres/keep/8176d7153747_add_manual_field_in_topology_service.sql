-- revision: 8176d7153747
-- down_revision: 7fde94be79e4
-- message: keephq/keep add_manual_field_in_topology_service

-- migrate:up
-- alembic: upgrade 7fde94be79e4 -> 8176d7153747

ALTER TABLE topologyservice ADD COLUMN is_manual BOOLEAN;

-- migrate:down
-- alembic: downgrade 8176d7153747 -> 7fde94be79e4

ALTER TABLE topologyservice DROP COLUMN is_manual;
