-- revision: bda7b8c39065
-- down_revision: 6953534de441
-- message: mlflow/mlflow increase_model_version_tag_value_limit

-- migrate:up
-- alembic: upgrade 6953534de441 -> bda7b8c39065

ALTER TABLE model_version_tags ALTER COLUMN value TYPE TEXT;

-- migrate:down
-- alembic: downgrade bda7b8c39065 -> 6953534de441
