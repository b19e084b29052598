-- revision: v20190400000005000000
-- down_revision: v20190400000004000000
-- message: ory/hydra oauth2

-- migrate:up
CREATE UNIQUE INDEX hydra_oauth2_access_request_id_idx ON hydra_oauth2_access (request_id);
CREATE UNIQUE INDEX hydra_oauth2_refresh_request_id_idx ON hydra_oauth2_refresh (request_id);


-- migrate:down
DROP INDEX hydra_oauth2_access_request_id_idx ON hydra_oauth2_access;
DROP INDEX hydra_oauth2_refresh_request_id_idx ON hydra_oauth2_refresh;
