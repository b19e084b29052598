-- revision: cc1f77228345
-- down_revision: 0c779009ac13
-- message: mlflow/mlflow change_param_value_length_to_500

-- migrate:up
-- alembic: upgrade 0c779009ac13 -> cc1f77228345

ALTER TABLE params ALTER COLUMN value TYPE VARCHAR(500);

ALTER TABLE params ALTER COLUMN value SET NOT NULL;

-- migrate:down
-- alembic: downgrade cc1f77228345 -> 0c779009ac13
