-- revision: v20260406132537
-- down_revision: v20260318100000
-- message: Unleash/unleash user_access_requests

-- migrate:up
CREATE TABLE IF NOT EXISTS user_access_requests (
            id TEXT PRIMARY KEY NOT NULL,
            email TEXT NOT NULL,
            requested_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT (now() at time zone 'utc')
        );

-- migrate:down irreversible
