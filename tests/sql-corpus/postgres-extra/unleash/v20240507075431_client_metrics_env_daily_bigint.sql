-- revision: v20240507075431
-- down_revision: v20240506141345
-- message: Unleash/unleash client_metrics_env_daily_bigint

-- migrate:up
ALTER TABLE client_metrics_env_daily ALTER COLUMN yes TYPE bigint;
        ALTER TABLE client_metrics_env_daily ALTER COLUMN no TYPE bigint;

-- migrate:down irreversible
