-- revision: v20240314092811
-- down_revision: v20240306115329
-- message: supabase/auth add_saml_name_id_format

-- migrate:up
do $$ begin
alter table auth.saml_providers add column if not exists name_id_format text null;
end $$

-- migrate:down irreversible
