-- revision: v001014
-- down_revision: v001013
-- message: temporalio/temporal add_current_executions_start_time

-- migrate:up
ALTER TABLE current_executions ADD COLUMN start_time DATETIME(6) NULL;

-- migrate:down irreversible
