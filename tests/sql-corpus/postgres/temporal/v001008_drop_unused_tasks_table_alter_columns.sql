-- revision: v001008
-- down_revision: v001007
-- message: temporalio/temporal drop_unused_tasks_table_alter_columns

-- migrate:up
DROP TABLE tiered_storage_tasks;
ALTER TABLE current_executions ALTER COLUMN create_request_id TYPE VARCHAR(255);
ALTER TABLE signals_requested_sets ALTER COLUMN signal_id TYPE VARCHAR(255);

-- migrate:down irreversible
