-- revision: 605ebb4e9155
-- down_revision: 2e7e1428ffce
-- message: PrefectHQ/prefect add_flow_run_state_name
-- transactional: false

-- migrate:up
-- alembic: upgrade 2e7e1428ffce -> 605ebb4e9155

ALTER TABLE flow_run ADD COLUMN state_name VARCHAR;

ALTER TABLE task_run ADD COLUMN state_name VARCHAR;

CREATE INDEX CONCURRENTLY IF NOT EXISTS
            ix_flow_run__state_name
            ON flow_run(state_name);

CREATE INDEX CONCURRENTLY IF NOT EXISTS
            ix_task_run__state_name
            ON task_run(state_name);

-- migrate:down
-- alembic: downgrade 605ebb4e9155 -> 2e7e1428ffce

DROP INDEX CONCURRENTLY IF EXISTS ix_flow_run__state_name;

DROP INDEX CONCURRENTLY IF EXISTS ix_task_run__state_name;

ALTER TABLE flow_run DROP COLUMN state_name;

ALTER TABLE task_run DROP COLUMN state_name;
