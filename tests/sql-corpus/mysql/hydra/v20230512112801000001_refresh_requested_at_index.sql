-- revision: v20230512112801000001
-- down_revision: v20230313112801000001
-- message: ory/hydra refresh_requested_at_index

-- migrate:up
CREATE INDEX hydra_oauth2_refresh_requested_at_idx ON hydra_oauth2_refresh (nid, requested_at);

-- migrate:down
-- cannot drop because it is used by a foreign key constraint
--DROP INDEX hydra_oauth2_refresh_requested_at_idx ON hydra_oauth2_refresh;
