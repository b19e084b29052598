-- revision: acf3f17fdcc7
-- down_revision: 2d6e25af4d3e
-- message: mlflow/mlflow add_storage_location_field_to_model_versions

-- migrate:up
-- alembic: upgrade 2d6e25af4d3e -> acf3f17fdcc7

ALTER TABLE model_versions ADD COLUMN storage_location VARCHAR(500);

-- migrate:down
-- alembic: downgrade acf3f17fdcc7 -> 2d6e25af4d3e
