-- revision: v20230914180801
-- down_revision: v20230818113222
-- message: supabase/auth add_mfa_factors_user_id_idx

-- migrate:up
create index if not exists mfa_factors_user_id_idx on auth.mfa_factors(user_id);

-- migrate:down irreversible
