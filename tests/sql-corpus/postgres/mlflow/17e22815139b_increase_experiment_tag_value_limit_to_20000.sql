-- revision: 17e22815139b
-- down_revision: 1971f2d9a75b
-- message: mlflow/mlflow increase_experiment_tag_value_limit_to_20000

-- migrate:up
-- alembic: upgrade 1971f2d9a75b -> 17e22815139b

ALTER TABLE experiment_tags ALTER COLUMN value TYPE TEXT;

-- migrate:down
-- alembic: downgrade 17e22815139b -> 1971f2d9a75b
