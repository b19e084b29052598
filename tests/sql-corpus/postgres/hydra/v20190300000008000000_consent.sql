-- revision: v20190300000008000000
-- down_revision: v20190300000007000000
-- message: ory/hydra consent

-- migrate:up
ALTER TABLE hydra_oauth2_authentication_request_handled ADD context TEXT NOT NULL DEFAULT '{}';
ALTER TABLE hydra_oauth2_consent_request ADD context TEXT NOT NULL DEFAULT '{}';


-- migrate:down
ALTER TABLE hydra_oauth2_authentication_request_handled DROP COLUMN context;
ALTER TABLE hydra_oauth2_consent_request DROP COLUMN context;
