-- revision: v20211122151130
-- down_revision: v20210927181326
-- message: supabase/auth create_user_id_idx

-- migrate:up
-- create index on identities.user_id

CREATE INDEX IF NOT EXISTS identities_user_id_idx ON "auth".identities using btree (user_id);

-- migrate:down irreversible
