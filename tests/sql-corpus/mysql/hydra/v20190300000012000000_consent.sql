-- revision: v20190300000012000000
-- down_revision: v20190300000011000000
-- message: ory/hydra consent

-- migrate:up
ALTER TABLE hydra_oauth2_logout_request MODIFY client_id varchar(255) NULL DEFAULT NULL;


-- migrate:down
DELETE FROM hydra_oauth2_logout_request WHERE client_id IS NULL;
ALTER TABLE hydra_oauth2_logout_request MODIFY client_id varchar(255) NOT NULL;
