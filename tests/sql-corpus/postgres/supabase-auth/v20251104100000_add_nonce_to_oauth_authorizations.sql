-- revision: v20251104100000
-- down_revision: v20251007112900
-- message: supabase/auth add_nonce_to_oauth_authorizations

-- migrate:up
/* auth_migration: 20251104100000 */
alter table auth.oauth_authorizations
    add column if not exists nonce text null;

/* auth_migration: 20251104100000 */
alter table auth.oauth_authorizations
    add constraint oauth_authorizations_nonce_length check (char_length(nonce) <= 255);

-- migrate:down irreversible
