-- revision: v20221003041400
-- down_revision: v20221003041349
-- message: supabase/auth add_aal_and_factor_id_to_sessions

-- migrate:up
-- add factor_id to sessions
 alter table auth.sessions add column if not exists factor_id uuid null;
 alter table auth.sessions add column if not exists aal auth.aal_level null;

-- migrate:down irreversible
