-- revision: v20240919083625
-- down_revision: v20240904084114
-- message: Unleash/unleash client_metrics_env_variants_daily_to_bigint

-- migrate:up
ALTER TABLE client_metrics_env_variants_daily ALTER COLUMN count TYPE BIGINT;

-- migrate:down irreversible
