-- revision: v20240102142100
-- down_revision: v20231222071533
-- message: Unleash/unleash incoming_webhooks_created_by

-- migrate:up
ALTER TABLE incoming_webhooks ALTER COLUMN created_by_user_id DROP NOT NULL;
        ALTER TABLE incoming_webhook_tokens ALTER COLUMN created_by_user_id DROP NOT NULL;

-- migrate:down irreversible
