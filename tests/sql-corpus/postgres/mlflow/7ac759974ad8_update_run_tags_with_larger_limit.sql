-- revision: 7ac759974ad8
-- down_revision: df50e92ffc5e
-- message: mlflow/mlflow update_run_tags_with_larger_limit

-- migrate:up
-- alembic: upgrade df50e92ffc5e -> 7ac759974ad8

ALTER TABLE tags ALTER COLUMN value TYPE VARCHAR(5000);

-- migrate:down
-- alembic: downgrade 7ac759974ad8 -> df50e92ffc5e
