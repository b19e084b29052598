-- revision: a5b4c3d2e1f0
-- down_revision: c3d6457b6d8a
-- message: mlflow/mlflow add_composite_index_on_metrics_run_uuid_key_step

-- migrate:up
-- alembic: upgrade c3d6457b6d8a -> a5b4c3d2e1f0

CREATE INDEX index_metrics_run_uuid_key_step ON metrics (run_uuid, key, step);

-- migrate:down
-- alembic: downgrade a5b4c3d2e1f0 -> c3d6457b6d8a

DROP INDEX index_metrics_run_uuid_key_step;
