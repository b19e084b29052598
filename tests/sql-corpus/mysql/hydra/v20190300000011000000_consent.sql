-- revision: v20190300000011000000
-- down_revision: v20190300000010000000
-- message: ory/hydra consent

-- migrate:up
ALTER TABLE hydra_oauth2_authentication_session ADD remember bool NOT NULL DEFAULT FALSE;

UPDATE hydra_oauth2_authentication_session SET remember=TRUE;

-- migrate:down
ALTER TABLE hydra_oauth2_authentication_session DROP COLUMN remember;
