-- revision: v0156
-- down_revision: v0155
-- message: harness/harness alter_table_webhooks_add_extra_headers

-- migrate:up
ALTER TABLE webhooks ADD COLUMN webhook_extra_headers JSONB;


-- migrate:down
ALTER TABLE webhooks DROP COLUMN webhook_extra_headers;

