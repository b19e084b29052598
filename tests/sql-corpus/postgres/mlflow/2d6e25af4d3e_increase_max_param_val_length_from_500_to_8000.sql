-- revision: 2d6e25af4d3e
-- down_revision: 7f2a7d5fae7d
-- message: mlflow/mlflow increase_max_param_val_length_from_500_to_8000

-- migrate:up
-- alembic: upgrade 7f2a7d5fae7d -> 2d6e25af4d3e

ALTER TABLE params ALTER COLUMN value TYPE VARCHAR(8000);

-- migrate:down
-- alembic: downgrade 2d6e25af4d3e -> 7f2a7d5fae7d
