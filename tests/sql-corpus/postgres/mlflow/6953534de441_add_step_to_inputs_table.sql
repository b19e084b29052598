-- revision: 6953534de441
-- down_revision: 400f98739977
-- message: mlflow/mlflow add_step_to_inputs_table

-- migrate:up
-- alembic: upgrade 400f98739977 -> 6953534de441

ALTER TABLE inputs ADD COLUMN step BIGINT DEFAULT '0' NOT NULL;

-- migrate:down
-- alembic: downgrade 6953534de441 -> 400f98739977
