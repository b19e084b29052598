-- revision: v20210625102126
-- down_revision: v20210624115109
-- message: Unleash/unleash connect_default_project_to_global_environment

-- migrate:up
INSERT INTO project_environments(project_id, environment_name) VALUES ('default', ':global:');

-- migrate:down irreversible
