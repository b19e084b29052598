-- revision: d0e1f2a3b4c5
-- down_revision: d3e4f5a6b7c8
-- message: mlflow/mlflow add_experiment_id_and_usage_tracking_to_endpoints_table

-- migrate:up
-- alembic: upgrade d3e4f5a6b7c8 -> d0e1f2a3b4c5

ALTER TABLE endpoints ADD COLUMN experiment_id INTEGER;

ALTER TABLE endpoints ADD COLUMN usage_tracking BOOLEAN DEFAULT '0' NOT NULL;

ALTER TABLE endpoints ADD CONSTRAINT fk_endpoints_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE SET NULL;

-- migrate:down
-- alembic: downgrade d0e1f2a3b4c5 -> d3e4f5a6b7c8

ALTER TABLE endpoints DROP CONSTRAINT fk_endpoints_experiment_id;

ALTER TABLE endpoints DROP COLUMN usage_tracking;

ALTER TABLE endpoints DROP COLUMN experiment_id;
