-- revision: v20240716135038
-- down_revision: v20240705111827
-- message: Unleash/unleash integration_events

-- migrate:up
CREATE TABLE IF NOT EXISTS integration_events
        (
            id BIGSERIAL PRIMARY KEY NOT NULL,
            integration_id INTEGER NOT NULL REFERENCES addons(id) ON DELETE CASCADE,
            created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
            state TEXT NOT NULL,
            state_details TEXT NOT NULL,
            event JSONB NOT NULL,
            details JSONB NOT NULL
        );

        CREATE INDEX IF NOT EXISTS idx_integration_events_integration_id ON integration_events(integration_id);

-- migrate:down irreversible
