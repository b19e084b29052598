-- revision: v20220114185221
-- down_revision: v20211202183645
-- message: supabase/auth update_user_idx

-- migrate:up
-- updates users_instance_id_email_idx definition

DROP INDEX IF EXISTS users_instance_id_email_idx;
CREATE INDEX IF NOT EXISTS users_instance_id_email_idx on "auth".users using btree (instance_id, lower(email));

-- migrate:down irreversible
