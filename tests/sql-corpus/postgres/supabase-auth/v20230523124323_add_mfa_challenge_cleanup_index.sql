-- revision: v20230523124323
-- down_revision: v20230508135423
-- message: supabase/auth add_mfa_challenge_cleanup_index

-- migrate:up
-- Index used to clean up mfa challenges

create index if not exists
  mfa_challenge_created_at_idx
  on auth.mfa_challenges (created_at desc);

-- migrate:down irreversible
