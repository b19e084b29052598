-- revision: v20230222084211
-- down_revision: v20230208093942
-- message: Unleash/unleash add_login_events_table

-- migrate:up
CREATE TABLE IF NOT EXISTS login_events (
            id SERIAL PRIMARY KEY NOT NULL,
            username TEXT NOT NULL,
            auth_type TEXT NOT NULL,
            created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
            successful BOOLEAN NOT NULL,
            ip INET,
            failure_reason TEXT
        );
        CREATE INDEX IF NOT EXISTS login_events_ip_idx ON login_events(ip);

-- migrate:down irreversible
