-- revision: 2882cd2df466
-- down_revision: 2882cd2df465
-- message: PrefectHQ/prefect state_data_migration_cleanup

-- migrate:up
-- alembic: upgrade 2882cd2df465 -> 2882cd2df466

DROP INDEX ix_artifact__task_run_state_id;

ALTER TABLE artifact DROP COLUMN task_run_state_id;

DROP INDEX ix_artifact__flow_run_state_id;

ALTER TABLE artifact DROP COLUMN flow_run_state_id;

DROP INDEX ix_flow_run_state__has_data;

ALTER TABLE flow_run_state DROP COLUMN has_data;

DROP INDEX ix_task_run_state__has_data;

ALTER TABLE task_run_state DROP COLUMN has_data;

-- migrate:down
-- alembic: downgrade 2882cd2df466 -> 2882cd2df465

ALTER TABLE artifact ADD COLUMN flow_run_state_id UUID;

CREATE INDEX ix_artifact__flow_run_state_id ON artifact (flow_run_state_id);

ALTER TABLE artifact ADD COLUMN task_run_state_id UUID;

CREATE INDEX ix_artifact__task_run_state_id ON artifact (task_run_state_id);

ALTER TABLE flow_run_state ADD COLUMN has_data BOOLEAN;

CREATE INDEX ix_flow_run_state__has_data ON flow_run_state (has_data);

ALTER TABLE task_run_state ADD COLUMN has_data BOOLEAN;

CREATE INDEX ix_task_run_state__has_data ON task_run_state (has_data);
