-- revision: v20210928082228
-- down_revision: v20210928080601
-- message: Unleash/unleash connect_default_environment_to_all_existing_projects

-- migrate:up
INSERT INTO project_environments(project_id, environment_name)
        SELECT id, 'default'
        FROM projects
        ON CONFLICT DO NOTHING;

-- migrate:down irreversible
