-- revision: v20240208130439
-- down_revision: v20240208123212
-- message: Unleash/unleash events_revision_id_index

-- migrate:up
CREATE INDEX IF NOT EXISTS idx_events_feature_type_id ON events (id)
                WHERE feature_name IS NOT NULL
                    OR type IN ('segment-updated', 'feature_import', 'features-imported');

-- migrate:down irreversible
