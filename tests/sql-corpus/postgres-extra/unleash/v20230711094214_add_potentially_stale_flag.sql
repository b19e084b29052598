-- revision: v20230711094214
-- down_revision: v20230706123907
-- message: Unleash/unleash add_potentially_stale_flag

-- migrate:up
ALTER TABLE features ADD COLUMN IF NOT EXISTS potentially_stale boolean;
        UPDATE features
            SET potentially_stale = TRUE
            FROM feature_types
            WHERE feature_types.id = features.type
            AND CURRENT_TIMESTAMP > (features.created_at + (feature_types.lifetime_days * INTERVAL '1 day'))
            AND features.stale IS NOT TRUE;

-- migrate:down irreversible
