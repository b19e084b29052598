-- revision: v20230823000000000001
-- down_revision: v20230818000000000001
-- message: ory/kratos verification_add_oauth2_login_challenge_params

-- migrate:up
ALTER TABLE selfservice_verification_flows ADD COLUMN identity_id UUID;
ALTER TABLE selfservice_verification_flows ADD COLUMN authentication_methods JSON;

-- migrate:down
ALTER TABLE selfservice_verification_flows DROP COLUMN identity_id;
ALTER TABLE selfservice_verification_flows DROP COLUMN authentication_methods;
