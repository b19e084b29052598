-- revision: v20221021073300
-- down_revision: v20221020193600
-- message: supabase/auth add_refresh_tokens_session_id_revoked_index

-- migrate:up
create index if not exists refresh_tokens_session_id_revoked_idx on auth.refresh_tokens (session_id, revoked);

-- migrate:down irreversible
