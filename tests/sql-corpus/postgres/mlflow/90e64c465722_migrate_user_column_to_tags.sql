-- revision: 90e64c465722
-- down_revision: 451aebb31d03
-- message: mlflow/mlflow migrate_user_column_to_tags

-- migrate:up
-- alembic: upgrade 451aebb31d03 -> 90e64c465722

-- migrate:down
-- alembic: downgrade 90e64c465722 -> 451aebb31d03
