-- revision: v20240306115329
-- down_revision: v20240214120130
-- message: supabase/auth add_issued_at_to_flow_state

-- migrate:up
do $$ begin
alter table auth.flow_state add column if not exists auth_code_issued_at timestamptz null;
end $$

-- migrate:down irreversible
