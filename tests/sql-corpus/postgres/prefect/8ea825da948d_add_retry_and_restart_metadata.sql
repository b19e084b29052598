-- revision: 8ea825da948d
-- down_revision: 3ced59d8806b
-- message: PrefectHQ/prefect add_retry_and_restart_metadata

-- migrate:up
-- alembic: upgrade 3ced59d8806b -> 8ea825da948d

ALTER TABLE task_run ADD COLUMN flow_run_run_count INTEGER DEFAULT '0' NOT NULL;

-- migrate:down
-- alembic: downgrade 8ea825da948d -> 3ced59d8806b

ALTER TABLE task_run DROP COLUMN flow_run_run_count;
