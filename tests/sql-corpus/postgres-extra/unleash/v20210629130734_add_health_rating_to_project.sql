-- revision: v20210629130734
-- down_revision: v20210625102126
-- message: Unleash/unleash add_health_rating_to_project

-- migrate:up
ALTER TABLE projects ADD COLUMN health integer DEFAULT 100;

-- migrate:down irreversible
