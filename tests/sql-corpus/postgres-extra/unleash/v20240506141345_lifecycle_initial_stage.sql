-- revision: v20240506141345
-- down_revision: v20240430075605
-- message: Unleash/unleash lifecycle_initial_stage

-- migrate:up
INSERT INTO feature_lifecycles (feature, stage, created_at)
            SELECT features.name, 'initial', features.created_at
            FROM features
                LEFT JOIN feature_lifecycles ON features.name = feature_lifecycles.feature
            WHERE feature_lifecycles.feature IS NULL;

-- migrate:down irreversible
