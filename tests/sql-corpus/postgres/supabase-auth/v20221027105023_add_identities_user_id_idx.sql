-- revision: v20221027105023
-- down_revision: v20221021082433
-- message: supabase/auth add_identities_user_id_idx

-- migrate:up
create index if not exists identities_user_id_idx on auth.identities using btree (user_id);

-- migrate:down irreversible
