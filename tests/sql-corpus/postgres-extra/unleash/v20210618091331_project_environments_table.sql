-- revision: v20210618091331
-- down_revision: v20210615115226
-- message: Unleash/unleash project_environments_table

-- migrate:up
CREATE TABLE project_environments (
            project_id varchar(255) REFERENCES projects(id) ON DELETE CASCADE,
            environment_name varchar(100) REFERENCES environments(name) ON DELETE CASCADE,
            PRIMARY KEY(project_id, environment_name)
        );

-- migrate:down irreversible
