-- revision: v20230919104006
-- down_revision: v20230905122605
-- message: Unleash/unleash dependent_features

-- migrate:up
CREATE TABLE IF NOT EXISTS dependent_features
            (
                parent     varchar(255) NOT NULL,
                child      varchar(255) NOT NULL,
                enabled    boolean DEFAULT true NOT NULL,
                variants   JSONB DEFAULT '[]'::jsonb NOT NULL,
                PRIMARY KEY (parent, child),
                FOREIGN KEY (parent) REFERENCES features (name) ON DELETE RESTRICT,
                FOREIGN KEY (child) REFERENCES features (name) ON DELETE CASCADE
            );

-- migrate:down irreversible
