-- revision: 6f8d9c3b2a1e
-- down_revision: c3d9e7f1a2b4
-- message: mlflow/mlflow add_on_delete_cascade_to_trace_info_experiment_id

-- migrate:up
-- alembic: upgrade c3d9e7f1a2b4 -> 6f8d9c3b2a1e

ALTER TABLE trace_info DROP CONSTRAINT fk_trace_info_experiment_id;

ALTER TABLE trace_info ADD CONSTRAINT fk_trace_info_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE;

-- migrate:down
-- alembic: downgrade 6f8d9c3b2a1e -> c3d9e7f1a2b4

ALTER TABLE trace_info DROP CONSTRAINT fk_trace_info_experiment_id;

ALTER TABLE trace_info ADD CONSTRAINT fk_trace_info_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id);
