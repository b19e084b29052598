-- revision: v001008
-- down_revision: v001007
-- message: temporalio/temporal drop_unused_tasks_table_alter_columns

-- migrate:up
DROP TABLE tiered_storage_tasks;
ALTER TABLE current_executions MODIFY COLUMN create_request_id VARCHAR(255);
ALTER TABLE signals_requested_sets MODIFY COLUMN signal_id VARCHAR(255);

-- migrate:down irreversible
