-- revision: v20200830130645000000
-- down_revision: v20200830130644000001
-- message: ory/kratos add_verification_methods

-- migrate:up
INSERT INTO selfservice_verification_flow_methods (id, method, selfservice_verification_flow_id, config, created_at, updated_at) SELECT id, 'link', id, form, created_at, updated_at FROM selfservice_verification_flows;

-- migrate:down
-- empty down in the source history
