-- revision: v20220808084524
-- down_revision: v20220711084613
-- message: Unleash/unleash add_group_permissions

-- migrate:up
ALTER TABLE group_user DROP COLUMN IF EXISTS role;

-- migrate:down irreversible
