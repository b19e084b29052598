-- revision: v0034
-- down_revision: v0033
-- message: harness/harness create_index_webhook_executions_created

-- migrate:up
CREATE INDEX webhook_executions_created ON webhook_executions(webhook_execution_created);

-- migrate:down
DROP INDEX webhook_executions_created;
