-- revision: da6fb0208061
-- down_revision: 7d34483879f0
-- message: mlflow/mlflow add_trace_archival_workspace_columns

-- migrate:up
-- alembic: upgrade 7d34483879f0 -> da6fb0208061

ALTER TABLE trace_info ADD COLUMN db_payload_generation INTEGER DEFAULT '0' NOT NULL;

ALTER TABLE workspaces ADD COLUMN trace_archival_location TEXT;

ALTER TABLE workspaces ADD COLUMN trace_archival_retention VARCHAR(32);

-- migrate:down
-- alembic: downgrade da6fb0208061 -> 7d34483879f0

ALTER TABLE trace_info DROP COLUMN db_payload_generation;

ALTER TABLE workspaces DROP COLUMN trace_archival_retention;

ALTER TABLE workspaces DROP COLUMN trace_archival_location;
