-- revision: v20210830113948
-- down_revision: v20210629130734
-- message: Unleash/unleash connect_projects_to_global_envrionments

-- migrate:up
INSERT INTO project_environments(project_id, environment_name) VALUES ('default', ':global:') ON CONFLICT DO NOTHING;

-- migrate:down irreversible
