-- revision: v20240830102144
-- down_revision: v20240828154255
-- message: Unleash/unleash onboarding_events

-- migrate:up
CREATE TABLE IF NOT EXISTS onboarding_events_instance (
                event VARCHAR(255) NOT NULL,
                time_to_event INTEGER NOT NULL, -- in seconds
                PRIMARY KEY (event)
            );

            CREATE TABLE IF NOT EXISTS onboarding_events_project (
               event VARCHAR(255) NOT NULL,
               time_to_event INTEGER NOT NULL, -- in seconds
               project VARCHAR(255) NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
               PRIMARY KEY (event, project)
            );

-- migrate:down irreversible
