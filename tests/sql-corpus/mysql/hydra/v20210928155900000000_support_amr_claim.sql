-- revision: v20210928155900000000
-- down_revision: v20201116133000000000
-- message: ory/hydra support_amr_claim

-- migrate:up
ALTER TABLE hydra_oauth2_consent_request ADD amr TEXT NULL;
UPDATE hydra_oauth2_consent_request SET amr='';
ALTER TABLE hydra_oauth2_consent_request MODIFY amr TEXT NOT NULL;

ALTER TABLE hydra_oauth2_authentication_request_handled ADD amr TEXT NULL;
UPDATE hydra_oauth2_authentication_request_handled SET amr='';
ALTER TABLE hydra_oauth2_authentication_request_handled MODIFY amr TEXT NOT NULL;

-- migrate:down
ALTER TABLE hydra_oauth2_consent_request DROP COLUMN amr;
ALTER TABLE hydra_oauth2_authentication_request_handled DROP COLUMN amr;
