-- revision: v20201110104000000000
-- down_revision: v20200913192340000000
-- message: ory/hydra drop_uq_oauth2

-- migrate:up
DROP INDEX hydra_oauth2_access_request_id_idx ON hydra_oauth2_access;
DROP INDEX hydra_oauth2_refresh_request_id_idx ON hydra_oauth2_refresh;

CREATE INDEX hydra_oauth2_access_request_id_idx ON hydra_oauth2_access (request_id);
CREATE INDEX hydra_oauth2_refresh_request_id_idx ON hydra_oauth2_refresh (request_id);

CREATE INDEX hydra_oauth2_code_request_id_idx ON hydra_oauth2_code (request_id);
CREATE INDEX hydra_oauth2_oidc_request_id_idx ON hydra_oauth2_oidc (request_id);
CREATE INDEX hydra_oauth2_pkce_request_id_idx ON hydra_oauth2_pkce (request_id);

-- migrate:down
DROP INDEX hydra_oauth2_access_request_id_idx ON hydra_oauth2_access;
DROP INDEX hydra_oauth2_refresh_request_id_idx ON hydra_oauth2_refresh;

CREATE UNIQUE INDEX hydra_oauth2_access_request_id_idx ON hydra_oauth2_access (request_id);
CREATE UNIQUE INDEX hydra_oauth2_refresh_request_id_idx ON hydra_oauth2_refresh (request_id);

DROP INDEX hydra_oauth2_code_request_id_idx;
DROP INDEX hydra_oauth2_oidc_request_id_idx;
DROP INDEX hydra_oauth2_pkce_request_id_idx;
