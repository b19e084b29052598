-- revision: 22b7cb02e593
-- down_revision: 2d5e000696f1
-- message: PrefectHQ/prefect add_state_timestamp
-- transactional: false

-- migrate:up
-- alembic: upgrade 2d5e000696f1 -> 22b7cb02e593

ALTER TABLE flow_run ADD COLUMN state_timestamp TIMESTAMP WITH TIME ZONE;

CREATE INDEX ix_flow_run__state_timestamp ON flow_run (state_timestamp);

ALTER TABLE task_run ADD COLUMN state_timestamp TIMESTAMP WITH TIME ZONE;

CREATE INDEX ix_task_run__state_timestamp ON task_run (state_timestamp);

-- migrate:down
-- alembic: downgrade 22b7cb02e593 -> 2d5e000696f1

DROP INDEX ix_task_run__state_timestamp;

ALTER TABLE task_run DROP COLUMN state_timestamp;

DROP INDEX ix_flow_run__state_timestamp;

ALTER TABLE flow_run DROP COLUMN state_timestamp;
