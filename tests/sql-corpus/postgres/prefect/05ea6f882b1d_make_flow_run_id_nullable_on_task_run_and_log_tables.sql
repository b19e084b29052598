-- revision: 05ea6f882b1d
-- down_revision: 4e9a6f93eb6c
-- message: PrefectHQ/prefect make_flow_run_id_nullable_on_task_run_and_log_tables

-- migrate:up
-- alembic: upgrade 4e9a6f93eb6c -> 05ea6f882b1d

ALTER TABLE task_run ALTER COLUMN flow_run_id DROP NOT NULL;

ALTER TABLE log ALTER COLUMN flow_run_id DROP NOT NULL;

-- migrate:down
-- alembic: downgrade 05ea6f882b1d -> 4e9a6f93eb6c

ALTER TABLE task_run ALTER COLUMN flow_run_id SET NOT NULL;

ALTER TABLE log ALTER COLUMN flow_run_id SET NOT NULL;
