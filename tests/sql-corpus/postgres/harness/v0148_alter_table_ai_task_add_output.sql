-- revision: v0148
-- down_revision: v0147
-- message: harness/harness alter_table_ai_task_add_output

-- migrate:up
ALTER TABLE ai_tasks ADD COLUMN aitask_output TEXT;

-- migrate:down
ALTER TABLE ai_tasks DROP COLUMN aitask_output;
