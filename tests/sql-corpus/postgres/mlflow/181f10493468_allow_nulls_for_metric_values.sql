-- revision: 181f10493468
-- down_revision: 90e64c465722
-- message: mlflow/mlflow allow_nulls_for_metric_values

-- migrate:up
-- alembic: upgrade 90e64c465722 -> 181f10493468

ALTER TABLE metrics ALTER COLUMN value TYPE FLOAT(53);

ALTER TABLE metrics ALTER COLUMN value SET NOT NULL;

ALTER TABLE metrics ADD COLUMN is_nan BOOLEAN DEFAULT '0' NOT NULL;

ALTER TABLE metrics DROP CONSTRAINT metric_pk;

ALTER TABLE metrics ADD CONSTRAINT metric_pk PRIMARY KEY (key, timestamp, step, run_uuid, value, is_nan);

-- migrate:down
-- alembic: downgrade 181f10493468 -> 90e64c465722
