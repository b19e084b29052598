-- revision: v20230116124412
-- down_revision: v20230116124310
-- message: supabase/auth add_deleted_at

-- migrate:up
-- adds deleted_at column to auth.users 

alter table auth.users 
add column if not exists deleted_at timestamptz null;

-- migrate:down irreversible
