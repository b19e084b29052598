-- revision: v20220114185340
-- down_revision: v20220114185221
-- message: supabase/auth add_banned_until

-- migrate:up
-- adds banned_until column

ALTER TABLE auth.users
ADD COLUMN IF NOT EXISTS banned_until timestamptz NULL;

-- migrate:down irreversible
