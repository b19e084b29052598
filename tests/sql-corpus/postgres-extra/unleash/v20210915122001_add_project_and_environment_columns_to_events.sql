-- revision: v20210915122001
-- down_revision: v20210913103159
-- message: Unleash/unleash add_project_and_environment_columns_to_events

-- migrate:up
ALTER TABLE events
            ADD COLUMN project TEXT;
        ALTER TABLE events
            ADD COLUMN environment TEXT;
        CREATE INDEX events_project_idx ON events(project);
        CREATE INDEX events_environment_idx ON events(environment);

-- migrate:down irreversible
