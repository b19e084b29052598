-- revision: v20230818000000000001
-- down_revision: v20230811000000000001
-- message: ory/kratos verification_add_oauth2_login_challenge_identity_id

-- migrate:up
ALTER TABLE selfservice_verification_flows ADD COLUMN session_id UUID;

-- migrate:down
ALTER TABLE selfservice_verification_flows DROP COLUMN session_id;

