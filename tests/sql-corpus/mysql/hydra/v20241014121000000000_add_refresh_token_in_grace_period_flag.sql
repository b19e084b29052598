-- revision: v20241014121000000000
-- down_revision: v20241012144910000001
-- message: ory/hydra add_refresh_token_in_grace_period_flag

-- migrate:up
ALTER TABLE hydra_oauth2_refresh ADD first_used_at TIMESTAMP DEFAULT NULL;

-- migrate:down
ALTER TABLE hydra_oauth2_refresh DROP COLUMN first_used_at;
