-- revision: v20250506074807
-- down_revision: v20250425091940
-- message: Unleash/unleash feature_link_table

-- migrate:up
CREATE TABLE IF NOT EXISTS feature_link(
            id TEXT NOT NULL PRIMARY KEY,
            feature_name VARCHAR(255) NOT NULL,
            url TEXT NOT NULL,
            title TEXT,
            FOREIGN KEY (feature_name) REFERENCES features(name) ON DELETE CASCADE
            );

-- migrate:down irreversible
