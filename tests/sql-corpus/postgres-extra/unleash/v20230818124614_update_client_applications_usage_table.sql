-- revision: v20230818124614
-- down_revision: v20230817095805
-- message: Unleash/unleash update_client_applications_usage_table

-- migrate:up
DROP TABLE IF EXISTS client_applications_usage;

        CREATE TABLE IF NOT EXISTS client_applications_usage (
           app_name VARCHAR(255) REFERENCES client_applications(app_name) ON DELETE CASCADE,
           project VARCHAR(255) NOT NULL ,
           environment VARCHAR(100) NOT NULL ,
           PRIMARY KEY(app_name, project, environment)
        ) ;

-- migrate:down irreversible
