-- revision: v20210428103922
-- down_revision: v20210428062103
-- message: Unleash/unleash patch_role_table

-- migrate:up
ALTER TABLE roles ADD COLUMN IF NOT EXISTS project text;

-- migrate:down irreversible
