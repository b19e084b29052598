-- revision: v20190400000006000000
-- down_revision: v20190400000005000000
-- message: ory/hydra oauth2

-- migrate:up
CREATE INDEX hydra_oauth2_access_requested_at_idx ON hydra_oauth2_access (requested_at);


-- migrate:down
DROP INDEX hydra_oauth2_access_requested_at_idx ON hydra_oauth2_access;
