-- revision: c3d6457b6d8a
-- down_revision: 76601a5f987d
-- message: mlflow/mlflow add_status_details_column_to_jobs_table

-- migrate:up
-- alembic: upgrade 76601a5f987d -> c3d6457b6d8a

ALTER TABLE jobs ADD COLUMN status_details JSON;

-- migrate:down
-- alembic: downgrade c3d6457b6d8a -> 76601a5f987d

ALTER TABLE jobs DROP COLUMN status_details;
