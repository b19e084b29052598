-- revision: v0164
-- down_revision: v0163
-- message: harness/harness 0164

-- migrate:up
CREATE INDEX idx_webhook_executions_trigger_id
    ON webhook_executions(webhook_execution_trigger_id);

-- migrate:down
DROP INDEX idx_webhook_executions_trigger_id;
