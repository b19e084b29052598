-- revision: v20240119171200
-- down_revision: v20240118093611
-- message: Unleash/unleash action_states

-- migrate:up
CREATE TABLE IF NOT EXISTS action_states
        (
            id SERIAL PRIMARY KEY NOT NULL,
            created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
            state VARCHAR(255) NOT NULL,
            details VARCHAR(255),
            action_id INTEGER NOT NULL,
            observable_event_id INTEGER NOT NULL,
            FOREIGN KEY (observable_event_id) references observable_events(id),
            FOREIGN KEY (action_id) references actions(id)
        );

-- migrate:down irreversible
