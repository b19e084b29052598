-- revision: 7d918a392297
-- down_revision: cfdfec5d7557
-- message: PrefectHQ/prefect remove_flowrun_deployment_fk
-- transactional: false

-- migrate:up
-- alembic: upgrade cfdfec5d7557 -> 7d918a392297

ALTER TABLE flow_run DROP CONSTRAINT IF EXISTS fk_flow_run__deployment_id__deployment;

-- migrate:down
-- alembic: downgrade 7d918a392297 -> cfdfec5d7557

ALTER TABLE flow_run ADD CONSTRAINT fk_flow_run__deployment_id__deployment FOREIGN KEY(deployment_id) REFERENCES deployment (id) ON DELETE SET NULL;
