-- revision: v20240118093611
-- down_revision: v20240117093601
-- message: Unleash/unleash missing_primary_keys

-- migrate:up
ALTER TABLE project_stats ADD PRIMARY KEY (project);
        ALTER TABLE api_token_project ADD PRIMARY KEY (secret, project);
        ALTER TABLE role_permission ADD COLUMN id SERIAL PRIMARY KEY;

-- migrate:down irreversible
