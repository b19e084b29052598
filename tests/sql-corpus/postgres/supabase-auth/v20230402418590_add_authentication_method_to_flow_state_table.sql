-- revision: v20230402418590
-- down_revision: v20230322519590
-- message: supabase/auth add_authentication_method_to_flow_state_table

-- migrate:up
alter table auth.flow_state
add column if not exists authentication_method text not null;
create index if not exists idx_user_id_auth_method on auth.flow_state (user_id, authentication_method);

-- Update comment as we have generalized the table
comment on table auth.flow_state is 'stores metadata for pkce logins';

-- migrate:down irreversible
