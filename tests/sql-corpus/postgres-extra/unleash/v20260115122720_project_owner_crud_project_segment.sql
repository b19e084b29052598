-- revision: v20260115122720
-- down_revision: v20260115122651
-- message: Unleash/unleash project_owner_crud_project_segment

-- migrate:up
-- empty up in the source history

-- migrate:down irreversible
