-- revision: c48cb773bb87
-- down_revision: 39d1c3be5f05
-- message: mlflow/mlflow reset_default_value_for_is_nan_in_metrics_table_for_mysql

-- migrate:up
-- alembic: upgrade 39d1c3be5f05 -> c48cb773bb87

-- migrate:down
-- alembic: downgrade c48cb773bb87 -> 39d1c3be5f05
