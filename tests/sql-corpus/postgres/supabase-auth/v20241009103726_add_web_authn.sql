-- revision: v20241009103726
-- down_revision: v20240806073726
-- message: supabase/auth add_web_authn

-- migrate:up
alter table auth.mfa_factors add column if not exists web_authn_credential jsonb null;
alter table auth.mfa_factors add column if not exists web_authn_aaguid uuid null;
alter table auth.mfa_challenges add column if not exists web_authn_session_data jsonb null;

-- migrate:down irreversible
