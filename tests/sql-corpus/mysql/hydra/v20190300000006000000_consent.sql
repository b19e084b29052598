-- revision: v20190300000006000000
-- down_revision: v20190300000005000000
-- message: ory/hydra consent

-- migrate:up
ALTER TABLE hydra_oauth2_consent_request ADD acr TEXT NULL;
UPDATE hydra_oauth2_consent_request SET acr='';
ALTER TABLE hydra_oauth2_consent_request MODIFY acr TEXT NOT NULL;


-- migrate:down
ALTER TABLE hydra_oauth2_consent_request DROP COLUMN acr;
