-- revision: v20220129113106
-- down_revision: v20220128081242
-- message: Unleash/unleash metrics_counters_as_bigint

-- migrate:up
ALTER TABLE client_metrics_env
        ALTER COLUMN yes TYPE BIGINT,
        ALTER COLUMN no TYPE BIGINT;

-- migrate:down irreversible
