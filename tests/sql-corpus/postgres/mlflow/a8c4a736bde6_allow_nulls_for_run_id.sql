-- revision: a8c4a736bde6
-- down_revision: 84291f40a231
-- message: mlflow/mlflow allow_nulls_for_run_id

-- migrate:up
-- alembic: upgrade 84291f40a231 -> a8c4a736bde6

ALTER TABLE model_versions ALTER COLUMN run_id DROP NOT NULL;

-- migrate:down
-- alembic: downgrade a8c4a736bde6 -> 84291f40a231
