-- revision: v20221020193600
-- down_revision: v20221011041400
-- message: supabase/auth add_sessions_user_id_index

-- migrate:up
create index if not exists sessions_user_id_idx on auth.sessions (user_id);


-- migrate:down irreversible
