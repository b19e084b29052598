-- revision: 9fb44677ef15
-- down_revision: 772c0e7e8299
-- message: openstack/ironic x

-- migrate:up
-- alembic: upgrade 772c0e7e8299 -> 9fb44677ef15

ALTER TABLE node_history ADD COLUMN state VARCHAR(255);

ALTER TABLE node_history ADD COLUMN target_provision_state VARCHAR(255);

ALTER TABLE node_history ADD COLUMN duration_seconds INTEGER;

-- migrate:down irreversible
