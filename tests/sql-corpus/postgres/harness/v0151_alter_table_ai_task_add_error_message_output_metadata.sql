-- revision: v0151
-- down_revision: v0150
-- message: harness/harness alter_table_ai_task_add_error_message_output_metadata

-- migrate:up
ALTER TABLE ai_tasks ADD COLUMN aitask_error_message TEXT;
ALTER TABLE ai_tasks ADD COLUMN aitask_output_metadata JSONB;


-- migrate:down
ALTER TABLE ai_tasks DROP COLUMN aitask_error_message;
ALTER TABLE ai_tasks DROP COLUMN aitask_output_metadata;
