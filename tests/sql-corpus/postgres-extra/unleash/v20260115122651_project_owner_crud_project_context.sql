-- revision: v20260115122651
-- down_revision: v20260112111353
-- message: Unleash/unleash project_owner_crud_project_context

-- migrate:up
-- empty up in the source history

-- migrate:down irreversible
