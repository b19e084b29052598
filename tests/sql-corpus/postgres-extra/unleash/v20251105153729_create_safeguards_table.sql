-- revision: v20251105153729
-- down_revision: v20251103114221
-- message: Unleash/unleash create_safeguards_table

-- migrate:up
CREATE TABLE IF NOT EXISTS safeguards (
            id TEXT PRIMARY KEY,
            impact_metric_id TEXT NOT NULL REFERENCES impact_metrics (id) ON DELETE CASCADE,
            action JSONB NOT NULL,
            trigger_condition JSONB NOT NULL
        );

-- migrate:down irreversible
