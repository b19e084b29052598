-- revision: v20260417000000000001
-- down_revision: v20260413000000000000
-- message: ory/kratos add_test_flow_to_selfservice_login_flows

-- migrate:up
ALTER TABLE selfservice_login_flows ADD COLUMN test_flow BOOL;

-- migrate:down
ALTER TABLE selfservice_login_flows DROP COLUMN test_flow;
