-- revision: v20240612123726
-- down_revision: v20240427152123
-- message: supabase/auth enable_rls_update_grants

-- migrate:up
do $$ begin
    -- enable RLS policy on auth tables
    alter table auth.schema_migrations enable row level security;
    alter table auth.instances enable row level security;
    alter table auth.users enable row level security;
    alter table auth.audit_log_entries enable row level security;
    alter table auth.saml_relay_states enable row level security;
    alter table auth.refresh_tokens enable row level security;
    alter table auth.mfa_factors enable row level security;
    alter table auth.sessions enable row level security;
    alter table auth.sso_providers enable row level security;
    alter table auth.sso_domains enable row level security;
    alter table auth.mfa_challenges enable row level security;
    alter table auth.mfa_amr_claims enable row level security;
    alter table auth.saml_providers enable row level security;
    alter table auth.flow_state enable row level security;
    alter table auth.identities enable row level security;
    alter table auth.one_time_tokens enable row level security;
    -- allow postgres role to select from auth tables and allow it to grant select to other roles
    grant select on auth.schema_migrations to postgres with grant option;
    grant select on auth.instances to postgres with grant option;
    grant select on auth.users to postgres with grant option;
    grant select on auth.audit_log_entries to postgres with grant option;
    grant select on auth.saml_relay_states to postgres with grant option;
    grant select on auth.refresh_tokens to postgres with grant option;
    grant select on auth.mfa_factors to postgres with grant option;
    grant select on auth.sessions to postgres with grant option;
    grant select on auth.sso_providers to postgres with grant option;
    grant select on auth.sso_domains to postgres with grant option;
    grant select on auth.mfa_challenges to postgres with grant option;
    grant select on auth.mfa_amr_claims to postgres with grant option;
    grant select on auth.saml_providers to postgres with grant option;
    grant select on auth.flow_state to postgres with grant option;
    grant select on auth.identities to postgres with grant option;
    grant select on auth.one_time_tokens to postgres with grant option;
end $$;

-- migrate:down irreversible
