-- revision: v20240916105610000001
-- down_revision: v20240612222110000001
-- message: ory/hydra add_logout_request_timestamps

-- migrate:up
ALTER TABLE hydra_oauth2_logout_request ADD expires_at timestamp NULL;
ALTER TABLE hydra_oauth2_logout_request ADD requested_at timestamp NULL;

-- migrate:down
ALTER TABLE hydra_oauth2_logout_request DROP expires_at;
ALTER TABLE hydra_oauth2_logout_request DROP requested_at;
