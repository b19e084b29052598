-- revision: v20230907085000000000
-- down_revision: v20230823000000000001
-- message: ory/kratos add_organization_id

-- migrate:up
alter table selfservice_login_flows add column organization_id uuid null;
alter table selfservice_registration_flows add column organization_id uuid null;
alter table identities add column organization_id uuid null;

-- migrate:down
alter table selfservice_login_flows drop column organization_id;
alter table selfservice_registration_flows drop column organization_id;
alter table identities drop column organization_id;
