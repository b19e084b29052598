-- revision: v20250630114145
-- down_revision: v20250623100820
-- message: Unleash/unleash add_transaction_context_to_events

-- migrate:up
ALTER TABLE events 
    ADD COLUMN IF NOT EXISTS group_type TEXT,
    ADD COLUMN IF NOT EXISTS group_id TEXT;

-- migrate:down irreversible
