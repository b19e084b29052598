-- revision: v20240405120422
-- down_revision: v20240329064629
-- message: Unleash/unleash add_feature_lifecycles

-- migrate:up
CREATE TABLE IF NOT EXISTS feature_lifecycles (
            feature VARCHAR(255) NOT NULL REFERENCES features(name) ON DELETE CASCADE,
            stage VARCHAR(255) NULL,
            created_at TIMESTAMP WITH TIME ZONE default now(),
            PRIMARY KEY (feature, stage)
        );

-- migrate:down irreversible
