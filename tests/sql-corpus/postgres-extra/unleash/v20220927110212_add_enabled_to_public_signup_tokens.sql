-- revision: v20220927110212
-- down_revision: v20220916093515
-- message: Unleash/unleash add_enabled_to_public_signup_tokens

-- migrate:up
ALTER table public_signup_tokens
                ADD COLUMN IF NOT EXISTS enabled boolean DEFAULT true;

-- migrate:down irreversible
