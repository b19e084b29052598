-- revision: 54c1876c68ae
-- down_revision: 41e5ed9e1034
-- message: PrefectHQ/prefect add_index_for_scheduled_deployments
-- transactional: false

-- migrate:up
-- alembic: upgrade 41e5ed9e1034 -> 54c1876c68ae

CREATE INDEX CONCURRENTLY ix_flow_run__scheduler_deployment_id_auto_scheduled_next_scheduled_start_time
            ON flow_run (deployment_id, auto_scheduled, next_scheduled_start_time)
            WHERE state_type = 'SCHEDULED';

-- migrate:down
-- alembic: downgrade 54c1876c68ae -> 41e5ed9e1034

DROP INDEX CONCURRENTLY ix_flow_run__scheduler_deployment_id_auto_scheduled_next_scheduled_start_time;
