-- revision: 2882cd2df464
-- down_revision: 2882cd2df463
-- message: PrefectHQ/prefect adds_a_helper_index_for_the_artifact_data_migration
-- transactional: false

-- migrate:up
-- alembic: upgrade 2882cd2df463 -> 2882cd2df464

ALTER TABLE flow_run_state ADD COLUMN has_data BOOLEAN;

CREATE INDEX ix_flow_run_state__has_data ON flow_run_state (has_data);

ALTER TABLE task_run_state ADD COLUMN has_data BOOLEAN;

CREATE INDEX ix_task_run_state__has_data ON task_run_state (has_data);

-- migrate:down
-- alembic: downgrade 2882cd2df464 -> 2882cd2df463

DROP INDEX ix_task_run_state__has_data;

ALTER TABLE task_run_state DROP COLUMN has_data;

DROP INDEX ix_flow_run_state__has_data;

ALTER TABLE flow_run_state DROP COLUMN has_data;
