-- revision: v20211004104917
-- down_revision: v20210928082228
-- message: Unleash/unleash client_metrics_env

-- migrate:up
CREATE TABLE client_metrics_env(
        feature_name  VARCHAR(255),
        app_name      VARCHAR(255),
        environment   VARCHAR(100),
        timestamp     TIMESTAMP WITH TIME ZONE,
        yes           INTEGER DEFAULT 0,
        no            INTEGER DEFAULT 0,
        PRIMARY KEY (feature_name, app_name, environment, timestamp)
      );
      CREATE INDEX idx_client_metrics_f_name ON client_metrics_env(feature_name);

-- migrate:down irreversible
