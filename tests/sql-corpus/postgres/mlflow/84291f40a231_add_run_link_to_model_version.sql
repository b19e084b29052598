-- revision: 84291f40a231
-- down_revision: 27a6a02d2cf1
-- message: mlflow/mlflow add_run_link_to_model_version

-- migrate:up
-- alembic: upgrade 27a6a02d2cf1 -> 84291f40a231

ALTER TABLE model_versions ADD COLUMN run_link VARCHAR(500);

-- migrate:down
-- alembic: downgrade 84291f40a231 -> 27a6a02d2cf1
