-- revision: v20200819163013000000
-- down_revision: v20200527215732000000
-- message: ory/hydra add_client_id_subject_idx_to_access_and_refresh

-- migrate:up
CREATE INDEX hydra_oauth2_access_client_id_subject_idx ON hydra_oauth2_access (client_id, subject);
CREATE INDEX hydra_oauth2_refresh_client_id_subject_idx ON hydra_oauth2_refresh (client_id, subject);

-- migrate:down
DROP INDEX hydra_oauth2_refresh_client_id_subject_idx ON hydra_oauth2_refresh;
DROP INDEX hydra_oauth2_access_client_id_subject_idx ON hydra_oauth2_access;
