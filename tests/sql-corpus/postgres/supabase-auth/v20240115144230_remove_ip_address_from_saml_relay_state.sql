-- revision: v20240115144230
-- down_revision: v20231117164230
-- message: supabase/auth remove_ip_address_from_saml_relay_state

-- migrate:up
do $$
begin
   if exists (select from information_schema.columns where table_schema = 'auth' and table_name = 'saml_relay_states' and column_name = 'from_ip_address') then
      alter table auth.saml_relay_states drop column from_ip_address;
   end if;
end
$$;

-- migrate:down irreversible
