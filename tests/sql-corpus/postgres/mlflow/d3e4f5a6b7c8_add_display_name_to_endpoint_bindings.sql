-- revision: d3e4f5a6b7c8
-- down_revision: 2c33131f4dae
-- message: mlflow/mlflow add_display_name_to_endpoint_bindings

-- migrate:up
-- alembic: upgrade 2c33131f4dae -> d3e4f5a6b7c8

ALTER TABLE endpoint_bindings ADD COLUMN display_name VARCHAR(255);

-- migrate:down
-- alembic: downgrade d3e4f5a6b7c8 -> 2c33131f4dae

ALTER TABLE endpoint_bindings DROP COLUMN display_name;
