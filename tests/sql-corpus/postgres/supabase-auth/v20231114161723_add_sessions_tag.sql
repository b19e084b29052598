-- revision: v20231114161723
-- down_revision: v20231027141322
-- message: supabase/auth add_sessions_tag

-- migrate:up
alter table if exists auth.sessions
  add column if not exists tag text;

-- migrate:down irreversible
