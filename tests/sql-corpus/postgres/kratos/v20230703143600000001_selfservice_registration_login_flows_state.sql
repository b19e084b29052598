-- revision: v20230703143600000001
-- down_revision: v20230626000000000001
-- message: ory/kratos selfservice_registration_login_flows_state

-- migrate:up
ALTER table selfservice_login_flows ADD state VARCHAR(255) NULL;
ALTER table selfservice_registration_flows ADD state VARCHAR(255) NULL;

-- migrate:down
ALTER table selfservice_registration_flows DROP COLUMN state;
ALTER table selfservice_login_flows DROP COLUMN state;
