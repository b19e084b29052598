-- revision: v20211202183645
-- down_revision: v20211124214934
-- message: supabase/auth update_auth_uid

-- migrate:up
-- update auth.uid()

create or replace function auth.uid()
returns uuid
language sql stable
as $$
  select
  nullif(
    coalesce(
      current_setting('request.jwt.claim.sub', true),
      (current_setting('request.jwt.claims', true)::jsonb ->> 'sub')
    ),
    ''
  )::uuid
$$;

-- migrate:down irreversible
