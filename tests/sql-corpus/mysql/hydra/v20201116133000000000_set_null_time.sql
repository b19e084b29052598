-- revision: v20201116133000000000
-- down_revision: v20201110104000000000
-- message: ory/hydra set_null_time

-- migrate:up
ALTER TABLE hydra_oauth2_authentication_session MODIFY authenticated_at timestamp NULL;

-- migrate:down
ALTER TABLE hydra_oauth2_authentication_session MODIFY authenticated_at timestamp NOT NULL DEFAULT NOW();
