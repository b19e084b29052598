-- revision: 451aebb31d03
-- down_revision: 0000initial
-- message: mlflow/mlflow add_metric_step

-- migrate:up
-- alembic: upgrade  -> 451aebb31d03

ALTER TABLE metrics ADD COLUMN step BIGINT DEFAULT '0' NOT NULL;

ALTER TABLE metrics DROP CONSTRAINT metric_pk;

ALTER TABLE metrics ADD CONSTRAINT metric_pk PRIMARY KEY (key, timestamp, step, run_uuid, value);

-- migrate:down
-- alembic: downgrade 451aebb31d03 ->
