-- revision: f5a4f2784254
-- down_revision: 4465047574b1
-- message: mlflow/mlflow increase_run_tag_value_limit_to_8000

-- migrate:up
-- alembic: upgrade 4465047574b1 -> f5a4f2784254

ALTER TABLE tags ALTER COLUMN value TYPE VARCHAR(8000);

-- migrate:down
-- alembic: downgrade f5a4f2784254 -> 4465047574b1
