-- revision: v0089
-- down_revision: v0088
-- message: harness/harness alter_webhooks_add_scope

-- migrate:up
ALTER TABLE webhooks ADD COLUMN webhook_scope INTEGER DEFAULT 0;

-- migrate:down
ALTER TABLE webhooks DROP COLUMN webhook_scope;
