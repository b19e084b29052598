-- revision: v0090
-- down_revision: v0089
-- message: harness/harness alter_webhooks_add_type

-- migrate:up
ALTER TABLE webhooks
    ADD COLUMN webhook_type INTEGER DEFAULT 0;

UPDATE webhooks SET webhook_type = 1 WHERE webhook_internal = TRUE;

ALTER TABLE webhooks DROP COLUMN webhook_internal;

-- migrate:down
ALTER TABLE webhooks
    ADD COLUMN webhook_internal BOOLEAN DEFAULT FALSE;

UPDATE webhooks SET webhook_internal = TRUE WHERE webhook_type = 1;

ALTER TABLE webhooks DROP COLUMN webhook_type;
