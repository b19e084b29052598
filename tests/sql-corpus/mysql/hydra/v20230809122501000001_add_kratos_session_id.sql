-- revision: v20230809122501000001
-- down_revision: v20230606112801000001
-- message: ory/hydra add_kratos_session_id

-- migrate:up
ALTER TABLE hydra_oauth2_flow ADD COLUMN identity_provider_session_id VARCHAR(40);
ALTER TABLE hydra_oauth2_authentication_session ADD COLUMN identity_provider_session_id VARCHAR(40);

-- migrate:down
ALTER TABLE hydra_oauth2_flow DROP COLUMN identity_provider_session_id;
ALTER TABLE hydra_oauth2_authentication_session DROP COLUMN identity_provider_session_id;
