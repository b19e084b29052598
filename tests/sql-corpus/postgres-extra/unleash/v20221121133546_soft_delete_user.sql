-- revision: v20221121133546
-- down_revision: v20221121114357
-- message: Unleash/unleash soft_delete_user

-- migrate:up
ALTER TABLE users ADD COLUMN IF NOT EXISTS deleted_at TIMESTAMP WITH TIME ZONE;

-- migrate:down irreversible
