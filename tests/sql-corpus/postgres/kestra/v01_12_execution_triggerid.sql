-- revision: v01_12
-- down_revision: v01_10
-- message: kestra-io/kestra execution_triggerid

-- migrate:up
ALTER TABLE executions ADD COLUMN IF NOT EXISTS trigger_execution_id VARCHAR(150) GENERATED ALWAYS AS (value #>> '{trigger, variables, executionId}') STORED;

CREATE INDEX IF NOT EXISTS executions_trigger_execution_id ON executions ("deleted", "tenant_id", "trigger_execution_id");

-- migrate:down irreversible
