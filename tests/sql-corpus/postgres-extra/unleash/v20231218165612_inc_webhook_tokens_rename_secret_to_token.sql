-- revision: v20231218165612
-- down_revision: v20231215105713
-- message: Unleash/unleash inc_webhook_tokens_rename_secret_to_token

-- migrate:up
ALTER TABLE incoming_webhook_tokens RENAME COLUMN secret TO token;

-- migrate:down irreversible
