-- revision: v20230818113222
-- down_revision: v20230523124323
-- message: supabase/auth add_flow_state_to_relay_state

-- migrate:up
alter table auth.saml_relay_states add column if not exists flow_state_id uuid references auth.flow_state(id) on delete cascade default null;

-- migrate:down irreversible
