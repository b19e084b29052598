-- revision: v20211130142314
-- down_revision: v20211126112551
-- message: Unleash/unleash add_updated_at_to_projects

-- migrate:up
ALTER TABLE projects ADD COLUMN "updated_at" TIMESTAMP WITH TIME ZONE DEFAULT now();

-- migrate:down irreversible
