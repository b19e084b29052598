-- revision: 121699507574
-- down_revision: 8cf4d4933848
-- message: PrefectHQ/prefect add_job_variables_column_to_flow_runs

-- migrate:up
-- alembic: upgrade 8cf4d4933848 -> 121699507574

ALTER TABLE flow_run ADD COLUMN job_variables JSONB DEFAULT '{}';

-- migrate:down
-- alembic: downgrade 121699507574 -> 8cf4d4933848

ALTER TABLE flow_run DROP COLUMN job_variables;
