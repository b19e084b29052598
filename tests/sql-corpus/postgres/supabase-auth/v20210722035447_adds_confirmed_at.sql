-- revision: v20210722035447
-- down_revision: v20210710035447
-- message: supabase/auth adds_confirmed_at

-- migrate:up
-- adds confirmed at

ALTER TABLE auth.users
ADD COLUMN IF NOT EXISTS confirmed_at timestamptz GENERATED ALWAYS AS (LEAST (users.email_confirmed_at, users.phone_confirmed_at)) STORED;

-- migrate:down irreversible
