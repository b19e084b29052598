-- revision: v20220323170000
-- down_revision: v20220224000811
-- message: supabase/auth add_user_reauthentication

-- migrate:up
-- adds reauthentication_token and reauthentication_sent_at 

ALTER TABLE auth.users
ADD COLUMN IF NOT EXISTS reauthentication_token varchar(255) null default '',
ADD COLUMN IF NOT EXISTS reauthentication_sent_at timestamptz null default null;

-- migrate:down irreversible
