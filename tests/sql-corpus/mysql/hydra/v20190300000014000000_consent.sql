-- revision: v20190300000014000000
-- down_revision: v20190300000013000000
-- message: ory/hydra consent

-- migrate:up
ALTER TABLE hydra_oauth2_consent_request_handled ADD handled_at timestamp NULL;


-- migrate:down
ALTER TABLE hydra_oauth2_consent_request_handled DROP COLUMN handled_at;
