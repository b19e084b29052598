-- revision: v20231003113443
-- down_revision: v20231002122426
-- message: Unleash/unleash last_seen_at_metrics_table

-- migrate:up
CREATE TABLE last_seen_at_metrics (
      feature_name VARCHAR(255),
      environment VARCHAR(100),
      last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
      PRIMARY KEY (feature_name, environment),
      FOREIGN KEY (environment) REFERENCES environments(name) ON DELETE CASCADE
    );

      CREATE INDEX idx_feature_name
      ON last_seen_at_metrics (feature_name);

-- migrate:down irreversible
