-- revision: v20221215195900
-- down_revision: v20221215195800
-- message: supabase/auth remove_sso_sessions

-- migrate:up
-- sso_sessions is not used as all of the necessary data is in sessions
drop table if exists auth.sso_sessions;


-- migrate:down irreversible
