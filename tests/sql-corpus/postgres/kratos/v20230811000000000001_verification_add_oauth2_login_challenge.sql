-- revision: v20230811000000000001
-- down_revision: v20230712173852000000
-- message: ory/kratos verification_add_oauth2_login_challenge

-- migrate:up
ALTER TABLE selfservice_verification_flows ADD COLUMN oauth2_login_challenge TEXT NULL;

-- migrate:down
ALTER TABLE selfservice_verification_flows DROP COLUMN oauth2_login_challenge;
