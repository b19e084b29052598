-- revision: v20240802193726
-- down_revision: v20240729123726
-- message: supabase/auth add_mfa_factors_column_last_challenged_at

-- migrate:up
alter table auth.mfa_factors add column if not exists last_challenged_at timestamptz unique default null;

-- migrate:down irreversible
