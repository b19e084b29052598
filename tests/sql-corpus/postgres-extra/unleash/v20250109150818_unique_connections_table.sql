-- revision: v20250109150818
-- down_revision: v20250102150900
-- message: Unleash/unleash unique_connections_table

-- migrate:up
CREATE TABLE IF NOT EXISTS unique_connections
    (
        id VARCHAR(255) PRIMARY KEY NOT NULL,
        updated_at TIMESTAMP DEFAULT now(),
        hll BYTEA NOT NULL
    );

-- migrate:down irreversible
