-- revision: v20221114143122
-- down_revision: v20221027105023
-- message: supabase/auth add_session_not_after_column

-- migrate:up
alter table only auth.sessions
  add column if not exists not_after timestamptz;

comment on column auth.sessions.not_after is 'Auth: Not after is a nullable column that contains a timestamp after which the session should be regarded as expired.';

-- migrate:down irreversible
