-- revision: v0010
-- down_revision: v0009
-- message: harness/harness create_index_webhook_executions_webhook_id

-- migrate:up
CREATE INDEX webhook_executions_webhook_id
ON webhook_executions(webhook_execution_webhook_id);

-- migrate:down irreversible
