-- revision: 09a9e091e578
-- down_revision: a1b2c3d4e5f6
-- message: PrefectHQ/prefect add_composite_index_on_task_run_state_type_start_time
-- transactional: false

-- migrate:up
-- alembic: upgrade a1b2c3d4e5f6 -> 09a9e091e578

CREATE INDEX CONCURRENTLY IF NOT EXISTS
            ix_task_run__state_type_start_time
            ON task_run (state_type, start_time);

-- migrate:down
-- alembic: downgrade 09a9e091e578 -> a1b2c3d4e5f6

DROP INDEX CONCURRENTLY IF EXISTS ix_task_run__state_type_start_time;
