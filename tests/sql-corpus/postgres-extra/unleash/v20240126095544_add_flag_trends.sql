-- revision: v20240126095544
-- down_revision: v20240125100000
-- message: Unleash/unleash add_flag_trends

-- migrate:up
CREATE TABLE IF NOT EXISTS flag_trends (
            id VARCHAR(255) NOT NULL,
            project VARCHAR(255) NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
            total_flags INTEGER NOT NULL,
            stale_flags INTEGER NOT NULL,
            potentially_stale_flags INTEGER NOT NULL,
            created_at TIMESTAMP default now(),
            PRIMARY KEY (id, project)
        );

-- migrate:down irreversible
