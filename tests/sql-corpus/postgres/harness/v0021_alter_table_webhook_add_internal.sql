-- revision: v0021
-- down_revision: v0020
-- message: harness/harness alter_table_webhook_add_internal

-- migrate:up
ALTER TABLE webhooks
    ADD COLUMN webhook_internal BOOLEAN NOT NULL DEFAULT false;

-- migrate:down
ALTER TABLE webhooks DROP COLUMN webhook_internal;
