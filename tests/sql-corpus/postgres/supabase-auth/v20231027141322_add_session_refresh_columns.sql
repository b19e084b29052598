-- revision: v20231027141322
-- down_revision: v20230914180801
-- message: supabase/auth add_session_refresh_columns

-- migrate:up
alter table if exists auth.sessions
  add column if not exists refreshed_at timestamp without time zone,
  add column if not exists user_agent text,
  add column if not exists ip inet;

-- migrate:down irreversible
