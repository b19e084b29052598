-- revision: v20251210144308
-- down_revision: v20251209090115
-- message: Unleash/unleash add_project_column_to_context_fields

-- migrate:up
ALTER TABLE context_fields ADD COLUMN project varchar(255) REFERENCES projects(id) ON DELETE CASCADE;

-- migrate:down irreversible
