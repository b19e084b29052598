-- revision: v20250424185110
-- down_revision: v20250325124224
-- message: Unleash/unleash unknown_flags

-- migrate:up
CREATE TABLE IF NOT EXISTS unknown_flags (
            name TEXT NOT NULL,
            app_name TEXT NOT NULL,
            seen_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
            PRIMARY KEY (name, app_name)
        );

-- migrate:down irreversible
