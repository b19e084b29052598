-- revision: v20221114143410
-- down_revision: v20221114143122
-- message: supabase/auth remove_parent_foreign_key_refresh_tokens

-- migrate:up
alter table only auth.refresh_tokens
  drop constraint refresh_tokens_parent_fkey;

-- migrate:down irreversible
