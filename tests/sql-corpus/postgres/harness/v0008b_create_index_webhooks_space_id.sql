-- revision: v0008b
-- down_revision: v0008a
-- message: harness/harness create_index_webhooks_space_id

-- migrate:up
CREATE INDEX webhooks_space_id
ON webhooks(webhook_space_id);

-- migrate:down irreversible
