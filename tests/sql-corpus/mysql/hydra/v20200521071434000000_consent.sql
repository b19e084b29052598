-- revision: v20200521071434000000
-- down_revision: v20190400000011000000
-- message: ory/hydra consent

-- migrate:up
CREATE INDEX hydra_oauth2_consent_request_client_id_subject_idx ON hydra_oauth2_consent_request (client_id, subject);

-- migrate:down
DROP INDEX hydra_oauth2_consent_request_client_id_subject_idx ON hydra_oauth2_consent_request;
