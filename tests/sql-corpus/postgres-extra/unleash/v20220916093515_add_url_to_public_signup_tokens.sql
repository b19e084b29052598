-- revision: v20220916093515
-- down_revision: v20220912165344
-- message: Unleash/unleash add_url_to_public_signup_tokens

-- migrate:up
ALTER table public_signup_tokens
                ADD COLUMN IF NOT EXISTS url text;

-- migrate:down irreversible
