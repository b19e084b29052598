-- revision: v20250827135502
-- down_revision: v20250813142433
-- message: Unleash/unleash add_impact_metrics

-- migrate:up
CREATE TABLE IF NOT EXISTS impact_metrics(
            id TEXT NOT NULL PRIMARY KEY,
            feature VARCHAR(255),
            config JSONB NOT NULL,
            FOREIGN KEY (feature) REFERENCES features(name) ON DELETE CASCADE
        );

-- migrate:down irreversible
