-- revision: v20240109093021
-- down_revision: v20240108151652
-- message: Unleash/unleash incoming_webhooks_description

-- migrate:up
ALTER TABLE incoming_webhooks ADD COLUMN IF NOT EXISTS description TEXT;

-- migrate:down irreversible
