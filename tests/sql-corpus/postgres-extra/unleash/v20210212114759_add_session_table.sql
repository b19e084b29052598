-- revision: v20210212114759
-- down_revision: v20210208203708
-- message: Unleash/unleash add_session_table

-- migrate:up
CREATE TABLE unleash_session (
            sid varchar PRIMARY KEY,
            sess json NOT NULL,
            created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
            expired TIMESTAMP WITH TIME ZONE NOT NULL
        );
        CREATE INDEX idx_unleash_session_expired ON unleash_session(expired);

-- migrate:down irreversible
