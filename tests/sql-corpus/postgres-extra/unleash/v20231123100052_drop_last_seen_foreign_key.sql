-- revision: v20231123100052
-- down_revision: v20231122121456
-- message: Unleash/unleash drop_last_seen_foreign_key

-- migrate:up
ALTER TABLE last_seen_at_metrics DROP CONSTRAINT last_seen_at_metrics_environment_fkey;

-- migrate:down irreversible
