-- revision: v20220224081422
-- down_revision: v20220131082150
-- message: Unleash/unleash remove_project_column_from_roles

-- migrate:up
ALTER TABLE roles DROP COLUMN IF EXISTS project;

-- migrate:down irreversible
