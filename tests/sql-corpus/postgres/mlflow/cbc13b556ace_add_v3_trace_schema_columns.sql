-- revision: cbc13b556ace
-- down_revision: bda7b8c39065
-- message: mlflow/mlflow add_v3_trace_schema_columns

-- migrate:up
-- alembic: upgrade bda7b8c39065 -> cbc13b556ace

ALTER TABLE trace_info ADD COLUMN client_request_id VARCHAR(50);

ALTER TABLE trace_info ADD COLUMN request_preview VARCHAR(1000);

ALTER TABLE trace_info ADD COLUMN response_preview VARCHAR(1000);

-- migrate:down
-- alembic: downgrade cbc13b556ace -> bda7b8c39065

ALTER TABLE trace_info DROP COLUMN response_preview;

ALTER TABLE trace_info DROP COLUMN request_preview;

ALTER TABLE trace_info DROP COLUMN client_request_id;
