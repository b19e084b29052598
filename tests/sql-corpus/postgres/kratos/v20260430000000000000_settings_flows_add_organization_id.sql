-- revision: v20260430000000000000
-- down_revision: v20260422000000000000
-- message: ory/kratos settings_flows_add_organization_id

-- migrate:up
alter table selfservice_settings_flows add column if not exists organization_id uuid null;

-- migrate:down
alter table selfservice_settings_flows drop column if exists organization_id;
