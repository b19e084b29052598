-- revision: v20240304160659
-- down_revision: v20240304084102
-- message: Unleash/unleash add_environment_type_trends

-- migrate:up
CREATE TABLE IF NOT EXISTS environment_type_trends (
            id VARCHAR(255) NOT NULL,
            environment_type VARCHAR(255) NOT NULL,
            total_updates INTEGER NOT NULL,
            PRIMARY KEY (id, environment_type)
        );

-- migrate:down irreversible
