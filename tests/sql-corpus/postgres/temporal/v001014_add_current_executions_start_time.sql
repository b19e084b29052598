-- revision: v001014
-- down_revision: v001013
-- message: temporalio/temporal add_current_executions_start_time

-- migrate:up
ALTER TABLE current_executions ADD COLUMN start_time TIMESTAMP NULL;

-- migrate:down irreversible
