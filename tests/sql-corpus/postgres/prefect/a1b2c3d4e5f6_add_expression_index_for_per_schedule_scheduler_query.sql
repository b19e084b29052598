-- revision: a1b2c3d4e5f6
-- down_revision: 9e83011d1f2a
-- message: PrefectHQ/prefect add_expression_index_for_per_schedule_scheduler_query
-- transactional: false

-- migrate:up
-- alembic: upgrade 9e83011d1f2a -> a1b2c3d4e5f6

CREATE INDEX CONCURRENTLY IF NOT EXISTS
            ix_flow_run__schedule_id_scheduler
            ON flow_run (deployment_id, (created_by->>'id'), next_scheduled_start_time)
            WHERE state_type = 'SCHEDULED' AND auto_scheduled = true;

-- migrate:down
-- alembic: downgrade a1b2c3d4e5f6 -> 9e83011d1f2a

DROP INDEX CONCURRENTLY IF EXISTS ix_flow_run__schedule_id_scheduler;
