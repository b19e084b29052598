-- revision: v20250604110546
-- down_revision: v20250604100546
-- message: Unleash/unleash remove_default_env_from_new_installs

-- migrate:up
DELETE FROM environments WHERE name = 'default';

-- migrate:down irreversible
