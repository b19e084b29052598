-- revision: v20220125200908
-- down_revision: v20220119182603
-- message: Unleash/unleash convert_old_feature_events

-- migrate:up
UPDATE events
        SET feature_name = E.feature_name
        FROM (
            SELECT id, data->>'name' AS feature_name 
            FROM events 
            WHERE type IN ('feature-created', 'feature-updated', 'feature-archived', 'feature-stale-on', 'feature-stale-off') 
            AND feature_name is null
        ) AS E
        WHERE events.id = E.id;

-- migrate:down irreversible
