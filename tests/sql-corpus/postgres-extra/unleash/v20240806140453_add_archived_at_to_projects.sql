-- revision: v20240806140453
-- down_revision: v20240716135038
-- message: Unleash/unleash add_archived_at_to_projects

-- migrate:up
ALTER TABLE projects ADD archived_at TIMESTAMP WITH TIME ZONE;

-- migrate:down irreversible
