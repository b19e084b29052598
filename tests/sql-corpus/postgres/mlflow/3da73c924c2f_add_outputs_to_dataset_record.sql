-- revision: 3da73c924c2f
-- down_revision: 71994744cf8e
-- message: mlflow/mlflow add_outputs_to_dataset_record

-- migrate:up
-- alembic: upgrade 71994744cf8e -> 3da73c924c2f

ALTER TABLE evaluation_dataset_records ADD COLUMN outputs JSON;

-- migrate:down
-- alembic: downgrade 3da73c924c2f -> 71994744cf8e

ALTER TABLE evaluation_dataset_records DROP COLUMN outputs;
