-- revision: v20190300000010000000
-- down_revision: v20190300000009000000
-- message: ory/hydra consent

-- migrate:up
CREATE UNIQUE INDEX hydra_oauth2_logout_request_veri_idx ON hydra_oauth2_logout_request (verifier);
ALTER TABLE hydra_oauth2_logout_request ADD CONSTRAINT hydra_oauth2_logout_request_client_id_fk FOREIGN KEY (client_id) REFERENCES hydra_client(id) ON DELETE CASCADE;


-- migrate:down
DROP INDEX hydra_oauth2_logout_request_veri_idx ON hydra_oauth2_logout_request;
ALTER TABLE hydra_oauth2_logout_request DROP FOREIGN KEY hydra_oauth2_logout_request_client_id_fk;
