-- revision: v20250508112416
-- down_revision: v20250508102832
-- message: Unleash/unleash update_project_add_link_templates

-- migrate:up
ALTER TABLE project_settings ADD COLUMN link_templates JSONB DEFAULT '[]';

-- migrate:down irreversible
