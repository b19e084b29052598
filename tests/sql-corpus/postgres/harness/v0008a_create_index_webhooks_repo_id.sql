-- revision: v0008a
-- down_revision: v0007
-- message: harness/harness create_index_webhooks_repo_id

-- migrate:up
CREATE INDEX webhooks_repo_id
ON webhooks(webhook_repo_id);

-- migrate:down irreversible
