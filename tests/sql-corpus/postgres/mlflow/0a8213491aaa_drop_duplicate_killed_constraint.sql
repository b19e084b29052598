-- revision: 0a8213491aaa
-- down_revision: cfd24bdc0731
-- message: mlflow/mlflow drop_duplicate_killed_constraint

-- migrate:up
-- alembic: upgrade cfd24bdc0731 -> 0a8213491aaa

-- migrate:down
-- alembic: downgrade 0a8213491aaa -> cfd24bdc0731
