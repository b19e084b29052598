-- revision: 4465047574b1
-- down_revision: 5b0e9adcef9c
-- message: mlflow/mlflow increase_max_dataset_schema_size

-- migrate:up
-- alembic: upgrade 5b0e9adcef9c -> 4465047574b1

-- migrate:down
-- alembic: downgrade 4465047574b1 -> 5b0e9adcef9c
