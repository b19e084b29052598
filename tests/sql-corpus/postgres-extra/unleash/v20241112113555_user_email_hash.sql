-- revision: v20241112113555
-- down_revision: v20241111085745
-- message: Unleash/unleash user_email_hash

-- migrate:up
ALTER TABLE users
          ADD COLUMN IF NOT EXISTS email_hash VARCHAR(32);

-- migrate:down irreversible
