-- revision: v20230411005111
-- down_revision: v20230402418590
-- message: supabase/auth remove_duplicate_idx

-- migrate:up
drop index if exists auth.refresh_tokens_token_idx;

-- migrate:down irreversible
