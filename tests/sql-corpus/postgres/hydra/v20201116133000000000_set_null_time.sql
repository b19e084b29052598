-- revision: v20201116133000000000
-- down_revision: v20201110104000000000
-- message: ory/hydra set_null_time

-- migrate:up
ALTER TABLE hydra_oauth2_authentication_session ALTER COLUMN authenticated_at DROP NOT NULL;
ALTER TABLE hydra_oauth2_authentication_session ALTER COLUMN authenticated_at DROP DEFAULT;

-- migrate:down
ALTER TABLE hydra_oauth2_authentication_session ALTER COLUMN authenticated_at SET DEFAULT NOW();
ALTER TABLE hydra_oauth2_authentication_session ALTER COLUMN authenticated_at SET NOT NULL;
