-- revision: 39d1c3be5f05
-- down_revision: a8c4a736bde6
-- message: mlflow/mlflow add_is_nan_constraint_for_metrics_tables_if_necessary

-- migrate:up
-- alembic: upgrade a8c4a736bde6 -> 39d1c3be5f05

ALTER TABLE latest_metrics ALTER COLUMN is_nan TYPE BOOLEAN;

ALTER TABLE latest_metrics ALTER COLUMN is_nan SET NOT NULL;

ALTER TABLE metrics ALTER COLUMN is_nan TYPE BOOLEAN;

ALTER TABLE metrics ALTER COLUMN is_nan SET NOT NULL;

-- migrate:down
-- alembic: downgrade 39d1c3be5f05 -> a8c4a736bde6
